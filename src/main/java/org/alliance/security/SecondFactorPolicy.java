package org.alliance.security;

/**
 * Who must sign in with a second factor (OWASP ASVS 5.0, 6.3.3: multi-factor
 * authentication for every account of an application that holds sensitive data; here
 * required at once for the accounts that see or manage the whole clinic, and a clinic
 * setting for therapists). The simulated demo clinic requires none: its passwords are
 * published. A person who has enrolled is always asked, required or not.
 *
 * @param role the person's role
 * @param administers whether the person also manages the clinic
 * @param demoClinic whether the clinic is the simulated demo
 * @param forTherapists the clinic's setting {@code mfa_for_therapists}
 */
record SecondFactorPolicy(Role role, boolean administers, boolean demoClinic, boolean forTherapists) {

	boolean required() {
		if (this.demoClinic) {
			return false;
		}
		return this.role == Role.ADMIN || this.role == Role.SUPERVISOR || this.administers
				|| (this.role == Role.THERAPIST && this.forTherapists);
	}

}
