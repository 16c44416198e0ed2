package org.alliance.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The signed-in person on whose behalf a request runs. Never null inside a controller.
 * What this person may do with a client's records is decided by {@link ClinicalAccess},
 * not here.
 *
 * @param userId the person's account
 * @param clinicId the clinic whose data alone this person may see
 * @param email the sign-in name, also written to the audit trail
 * @param displayName how pages greet the person
 * @param role what the person may do
 * @param administers whether a therapist or supervisor also manages the clinic (its
 * people and settings); an {@link Role#ADMIN} account manages it whatever this says
 */
public record CurrentUser(UUID userId, UUID clinicId, String email, String displayName, Role role,
		boolean administers) {

	/** A person who does not also manage the clinic. */
	public CurrentUser(UUID userId, UUID clinicId, String email, String displayName, Role role) {
		this(userId, clinicId, email, displayName, role, false);
	}

	/**
	 * Whether the person works with clients (a therapist or supervisor) and so may read
	 * clinical records at all; an admin account manages the clinic and reads none.
	 */
	public boolean clinical() {
		return this.role == Role.THERAPIST || this.role == Role.SUPERVISOR;
	}

	/**
	 * Whether the person is a supervisor, whose pages show the whole clinic (what they
	 * may read and change is {@link ClinicalAccess}'s to decide).
	 */
	public boolean supervisor() {
		return this.role == Role.SUPERVISOR;
	}

	/**
	 * Whether the person opens the admin pages: an admin, or a clinician who administers.
	 */
	public boolean manages() {
		return this.role == Role.ADMIN || (clinical() && this.administers);
	}

	/**
	 * The person signed in on the current thread's request, by either door; empty on an
	 * open page (sign-in, a client's personal link).
	 */
	public static Optional<CurrentUser> signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		Object principal = (authentication != null) ? authentication.getPrincipal() : null;
		if (principal instanceof CurrentUser user) {
			return Optional.of(user);
		}
		return (principal instanceof ClinicUserDetails details) ? Optional.of(details.user()) : Optional.empty();
	}

	/**
	 * The Spring Security authorities: {@code ROLE_<role>}, and {@code ROLE_ADMIN} as
	 * well for a clinician who administers, so that the admin pages' rule needs no
	 * exception.
	 */
	List<GrantedAuthority> authorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_" + this.role.name()));
		if (this.role != Role.ADMIN && manages()) {
			authorities.add(new SimpleGrantedAuthority("ROLE_" + Role.ADMIN.name()));
		}
		return List.copyOf(authorities);
	}

}
