package org.alliance.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Who must use a second factor. */
class SecondFactorPolicyTests {

	@Test
	void adminsSupervisorsAndThoseWhoAdministerMustTherapistsWhenTheClinicSaysSo() {
		assertThat(new SecondFactorPolicy(Role.ADMIN, false, false, false).required()).isTrue();
		assertThat(new SecondFactorPolicy(Role.SUPERVISOR, false, false, false).required()).isTrue();
		assertThat(new SecondFactorPolicy(Role.THERAPIST, true, false, false).required()).isTrue();
		assertThat(new SecondFactorPolicy(Role.THERAPIST, false, false, false).required()).isFalse();
		assertThat(new SecondFactorPolicy(Role.THERAPIST, false, false, true).required()).isTrue();
	}

	@Test
	void nobodyMustInTheDemoClinic() {
		assertThat(new SecondFactorPolicy(Role.ADMIN, true, true, true).required()).isFalse();
		assertThat(new SecondFactorPolicy(Role.THERAPIST, false, true, true).required()).isFalse();
	}

}
