package org.alliance.care;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether the client came to a session: {@link #BOOKED} until it has happened, then
 * attended, no-show or cancelled. A booked session counts nowhere as attended nor as
 * missed.
 */
public enum Attendance {

	ATTENDED, NO_SHOW, CANCELLED, BOOKED;

	/** What to say when a recorded attendance is none of these. */
	public static final String CHOICES = "Use attended, no-show or cancelled.";

	/**
	 * The form used in the API and in CSV files: {@code attended}, {@code no-show},
	 * {@code cancelled}, {@code booked}.
	 */
	public String wireName() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static Optional<Attendance> fromWire(String value) {
		return Arrays.stream(values()).filter((a) -> a.wireName().equals(value)).findFirst();
	}

}
