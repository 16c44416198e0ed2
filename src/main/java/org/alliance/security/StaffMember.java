package org.alliance.security;

import java.util.UUID;

/**
 * A person's account as the clinic's admins manage it.
 *
 * @param id the account
 * @param email the sign-in name
 * @param displayName how pages name the person, e.g. "Dr Ana Ruiz"
 * @param role what the person does in the clinic
 * @param status invited, active or disabled
 * @param administers whether a therapist or supervisor also manages the clinic (what that
 * allows is the role policy's to decide)
 * @param dutyClinician whether the clinic names this therapist or supervisor as a duty
 * clinician, who works any risk signal of the clinic while the account is active
 * ({@link ClinicalAccess#coverRisk}); never true for an admin account
 */
public record StaffMember(UUID id, String email, String displayName, Role role, AccountStatus status,
		boolean administers, boolean dutyClinician) {
}
