package org.alliance.staff;

import org.alliance.PageSession;
import org.alliance.ServerOnH2;
import org.alliance.TestClinic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./alliance demo} serves while it seeds: until the demo clinic is complete, the
 * sign-in page and every signed-in page say it is still being seeded, and stop saying so
 * once it is.
 */
class DemoSeedingBannerTests extends ServerOnH2 {

	@Autowired
	DemoBanner banner;

	@AfterEach
	void seeded() {
		this.banner.seedingFinished();
	}

	@Test
	void pagesSayTheDemoIsStillBeingSeededUntilItIs() {
		TestClinic clinic = newClinic();
		this.banner.seedingStarted();
		assertThat(PageSession.anonymous(this.port).get("/login").body()).contains("id=\"demo-seeding\"");
		PageSession therapist = PageSession.signIn(this.port, clinic.therapist().email(), TestClinic.PASSWORD);
		assertThat(therapist.get("/clients").body()).contains("id=\"demo-seeding\"");

		this.banner.seedingFinished();
		assertThat(PageSession.anonymous(this.port).get("/login").body()).doesNotContain("demo-seeding");
		assertThat(therapist.get("/clients").body()).doesNotContain("demo-seeding");
	}

}
