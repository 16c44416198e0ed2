package org.alliance.collaboration;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How much of a task the client did, as the client (or the therapist for them) reports
 * it.
 */
public enum CompletionStatus {

	DONE, PARTLY, NOT_DONE;

	/** What to say when a value is none of these. */
	public static final String CHOICES = "Use done, partly or not-done.";

	/** The form used in the API, on the pages and in exports, e.g. {@code done}. */
	public String wireName() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static Optional<CompletionStatus> fromWire(String value) {
		return Arrays.stream(values()).filter((v) -> v.wireName().equals(value)).findFirst();
	}

}
