package org.alliance.security;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the audit trail: who did what to which clinical record, when and from
 * where.
 *
 * @param clinicId the clinic the record belongs to, or null when no clinic is known (a
 * refused call without a valid token, a sign-in with an unknown email)
 * @param actor the account's email, {@code client-link} for a client answering through a
 * link, the email as typed for a sign-in, or {@code anonymous}
 * @param action what was done
 * @param resourceType the kind of record, e.g. {@code client}, {@code response},
 * {@code account}, {@code api} or {@code page} for a refusal
 * @param resourceId the record, or null for a list
 * @param remoteAddress the caller's address as the server saw it
 * @param occurredAt when
 * @param detail what the rest does not say, e.g. {@code GET 404}; never clinical data;
 * may be null
 */
public record AuditEntry(UUID clinicId, String actor, AuditAction action, String resourceType, String resourceId,
		String remoteAddress, Instant occurredAt, String detail) {

	/** An entry without detail, as every read and write of clinical data is. */
	public AuditEntry(UUID clinicId, String actor, AuditAction action, String resourceType, String resourceId,
			String remoteAddress, Instant occurredAt) {
		this(clinicId, actor, action, resourceType, resourceId, remoteAddress, occurredAt, null);
	}

}
