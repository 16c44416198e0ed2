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
 */
public record StaffMember(UUID id, String email, String displayName, Role role, AccountStatus status,
		boolean administers) {
}
