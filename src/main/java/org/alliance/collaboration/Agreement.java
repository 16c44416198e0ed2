package org.alliance.collaboration;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether the client agreed to a task when it was set. The founding text: a task works
 * only with its rationale explained and the client's explicit buy-in; a task the client
 * was unsure of or did not agree to points to a disagreement on tasks or goals, not to a
 * rupture.
 */
public enum Agreement {

	AGREED, UNSURE, NOT_AGREED;

	/** What to say when a value is none of these. */
	public static final String CHOICES = "Use agreed, unsure or not-agreed.";

	/** The form used in the API, on the pages and in exports, e.g. {@code agreed}. */
	public String wireName() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static Optional<Agreement> fromWire(String value) {
		return Arrays.stream(values()).filter((v) -> v.wireName().equals(value)).findFirst();
	}

}
