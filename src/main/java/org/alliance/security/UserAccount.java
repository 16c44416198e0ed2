package org.alliance.security;

import java.util.UUID;

/**
 * A person who signs in: a therapist, supervisor or admin of one clinic.
 */
public record UserAccount(UUID id, UUID clinicId, String email, String displayName, Role role) {

	public CurrentUser asCurrentUser() {
		return new CurrentUser(this.id, this.clinicId, this.email, this.displayName, this.role);
	}

}
