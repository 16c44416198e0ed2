package org.alliance.security;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the audit trail: who did what to which clinical record, when and from
 * where.
 *
 * @param clinicId the clinic the record belongs to
 * @param actor the account's email, or {@code client-link} for a client answering through
 * a link
 * @param action what was done
 * @param resourceType the kind of record, e.g. {@code client}, {@code response}
 * @param resourceId the record, or null for a list
 * @param remoteAddress the caller's address as the server saw it
 * @param occurredAt when
 */
public record AuditEntry(UUID clinicId, String actor, AuditAction action, String resourceType, String resourceId,
		String remoteAddress, Instant occurredAt) {
}
