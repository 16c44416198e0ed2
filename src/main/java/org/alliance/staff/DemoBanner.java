package org.alliance.staff;

import org.alliance.security.Clinics;
import org.alliance.security.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * Whether a page carries the banner that says the clinic is the simulated demo; the
 * layout ({@code fragments.html}) asks {@code @demoBanner.shows(user)} on every page.
 */
@Component("demoBanner")
public class DemoBanner {

	private final Clinics clinics;

	private volatile boolean seeding;

	DemoBanner(Clinics clinics) {
		this.clinics = clinics;
	}

	/**
	 * Says on every page, signed in or not, that the demo clinic is still being seeded:
	 * {@code ./alliance demo} serves while it seeds, and a page read meanwhile shows a
	 * clinic half written.
	 */
	public void seedingStarted() {
		this.seeding = true;
	}

	/** The demo clinic is complete: the pages stop saying it is being seeded. */
	public void seedingFinished() {
		this.seeding = false;
	}

	/** Whether the demo clinic is still being seeded. */
	public boolean seeding() {
		return this.seeding;
	}

	/** True on every page of the demo clinic's people; false with nobody signed in. */
	public boolean shows(CurrentUser user) {
		return user != null && this.clinics.isDemo(user.clinicId());
	}

}
