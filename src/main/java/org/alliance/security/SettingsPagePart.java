package org.alliance.security;

import java.util.Map;

/**
 * A part another module adds to the clinic's settings page ({@code /admin/settings}): the
 * timing of emailed measures, the duty contact. Each part is a Thymeleaf fragment of the
 * contributing module's own templates; besides its own values (as {@code values}) it may
 * read the page's {@code user}, {@code errors}, {@code given} and {@code refusedForm}.
 * Parts appear in their beans' order, after the clinic's details. A part's form posts to
 * its own module, which shows a refusal with {@link SettingsPage#show}.
 * <p>
 * Why an interface here: the modules whose settings these are depend on {@code security},
 * so its settings page cannot call them without a cycle between modules.
 */
public interface SettingsPagePart {

	/** The part for the clinic of this admin. */
	Fragment of(CurrentUser user);

	/**
	 * A fragment and the values it reads.
	 *
	 * @param template the template, e.g. {@code outreach/settings-part}
	 * @param selector the fragment in it
	 */
	record Fragment(String template, String selector, Map<String, Object> values) {
	}

}
