package org.alliance.security;

import java.time.Instant;
import java.util.UUID;

/**
 * A supervisor's time-limited leave to act on one client in the place of the client's
 * therapist, given for a reason the supervisor wrote down.
 *
 * @param id the grant, named in the audit line of every write made under it
 * @param clinicId the clinic
 * @param supervisorId who acts
 * @param clientId on whom
 * @param therapistId for whom: the client's therapist when the grant started
 * @param reason the supervisor's reason, 1 to {@value ActForGrants#REASON_LENGTH}
 * characters; never written to the audit trail
 * @param startedAt when it started
 * @param expiresAt when it lapses unless ended earlier
 * @param endedAt when the supervisor ended it, or null
 */
public record ActForGrant(UUID id, UUID clinicId, UUID supervisorId, UUID clientId, UUID therapistId, String reason,
		Instant startedAt, Instant expiresAt, Instant endedAt) {

	/** Whether writes may be made under the grant at the given instant. */
	public boolean activeAt(Instant now) {
		return this.endedAt == null && now.isBefore(this.expiresAt);
	}

	/**
	 * What the audit line of a write under this grant adds: the therapist acted for and
	 * the grant, whose reason the clinic reads in the grant itself.
	 */
	public String auditDetail() {
		return "for " + this.therapistId + " act-for " + this.id;
	}

}
