package org.alliance.collaboration;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Who wrote a goal's wording. A goal belongs to the client, so the pages say whose words
 * they are: the client's own, the therapist's, or written together.
 */
public enum Wording {

	CLIENT, THERAPIST, TOGETHER;

	/** What to say when a value is none of these. */
	public static final String CHOICES = "Use client, therapist or together.";

	/** The form used in the API, on the pages and in exports, e.g. {@code client}. */
	public String wireName() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static Optional<Wording> fromWire(String value) {
		return Arrays.stream(values()).filter((v) -> v.wireName().equals(value)).findFirst();
	}

}
