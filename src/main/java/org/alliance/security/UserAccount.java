package org.alliance.security;

import java.util.UUID;

/**
 * A person who signs in: a therapist, supervisor or admin of one clinic.
 *
 * @param administers whether a therapist or supervisor also manages the clinic
 */
public record UserAccount(UUID id, UUID clinicId, String email, String displayName, Role role, boolean administers) {

	/** An account that does not also manage the clinic. */
	public UserAccount(UUID id, UUID clinicId, String email, String displayName, Role role) {
		this(id, clinicId, email, displayName, role, false);
	}

	public CurrentUser asCurrentUser() {
		return new CurrentUser(this.id, this.clinicId, this.email, this.displayName, this.role, this.administers);
	}

}
