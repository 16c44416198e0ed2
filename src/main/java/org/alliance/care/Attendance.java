package org.alliance.care;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether the client came to a booked session.
 */
public enum Attendance {

	ATTENDED, NO_SHOW, CANCELLED;

	/**
	 * The form used in the API and in CSV files: {@code attended}, {@code no-show},
	 * {@code cancelled}.
	 */
	/** What to say when a value is none of these. */
	public static final String CHOICES = "Use attended, no-show or cancelled.";

	public String wireName() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static Optional<Attendance> fromWire(String value) {
		return Arrays.stream(values()).filter((a) -> a.wireName().equals(value)).findFirst();
	}

}
