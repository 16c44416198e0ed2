package org.alliance.care;

import java.time.Instant;
import java.util.UUID;

/**
 * One move of a client to another therapist, as recorded.
 *
 * @param id the reassignment
 * @param clientId the client
 * @param fromTherapistId who had the client
 * @param toTherapistId who has the client now
 * @param by the email of whoever moved the client
 * @param reason why, in their words (1 to 400 characters)
 * @param at when
 */
public record Reassignment(UUID id, UUID clientId, UUID fromTherapistId, UUID toTherapistId, String by, String reason,
		Instant at) {
}
