package org.alliance.collaboration;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Who judged the level a goal reached at a review: the client or the therapist.
 */
public enum Rater {

	CLIENT, THERAPIST;

	/** What to say when a value is none of these. */
	public static final String CHOICES = "Use client or therapist.";

	/** The form used in the API, on the pages and in exports, e.g. {@code client}. */
	public String wireName() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static Optional<Rater> fromWire(String value) {
		return Arrays.stream(values()).filter((v) -> v.wireName().equals(value)).findFirst();
	}

}
