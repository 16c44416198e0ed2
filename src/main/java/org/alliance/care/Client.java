package org.alliance.care;

import java.time.Instant;
import java.util.UUID;

/**
 * A client of the clinic, known by a pseudonym; no real name is needed anywhere in
 * Alliance.
 */
public record Client(UUID id, UUID clinicId, UUID therapistId, String pseudonym, Instant createdAt) {
}
