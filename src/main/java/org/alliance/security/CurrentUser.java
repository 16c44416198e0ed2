package org.alliance.security;

import java.util.UUID;

/**
 * The signed-in person on whose behalf a request runs. Never null inside a controller.
 *
 * @param userId the person's account
 * @param clinicId the clinic whose data alone this person may see
 * @param email the sign-in name, also written to the audit trail
 * @param displayName how pages greet the person
 * @param role what the person may do
 */
public record CurrentUser(UUID userId, UUID clinicId, String email, String displayName, Role role) {

	/**
	 * Supervisors and admins see every client of their clinic; therapists only their own.
	 */
	public boolean seesWholeClinic() {
		return this.role == Role.SUPERVISOR || this.role == Role.ADMIN;
	}

	/** Whether this person may see a client treated by the given therapist. */
	public boolean maySee(UUID clinic, UUID therapistId) {
		return this.clinicId.equals(clinic) && (seesWholeClinic() || this.userId.equals(therapistId));
	}

}
