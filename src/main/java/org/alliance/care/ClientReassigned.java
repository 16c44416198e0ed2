package org.alliance.care;

import java.time.Instant;
import java.util.UUID;

/**
 * A client was moved to another therapist of the clinic ({@link Reassignments}):
 * published inside the transaction that moves them, so that what other modules keep per
 * therapist (the client's signals) moves with the client, or the move fails whole. Ids
 * only, no clinical content.
 *
 * @param clinicId the clinic
 * @param clientId the client
 * @param fromTherapistId the therapist who had the client
 * @param toTherapistId the therapist who has the client now
 * @param by the email of whoever moved the client (or {@code command-line})
 * @param at when
 */
public record ClientReassigned(UUID clinicId, UUID clientId, UUID fromTherapistId, UUID toTherapistId, String by,
		Instant at) {
}
