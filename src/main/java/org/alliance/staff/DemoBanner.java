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

	DemoBanner(Clinics clinics) {
		this.clinics = clinics;
	}

	/** True on every page of the demo clinic's people; false with nobody signed in. */
	public boolean shows(CurrentUser user) {
		return user != null && this.clinics.isDemo(user.clinicId());
	}

}
