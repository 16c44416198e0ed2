package org.alliance.collaboration;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a goal stands. A revised goal is kept, with its ratings, beside the goal that
 * revises it, so the history of what was aimed at stays readable.
 */
public enum GoalStatus {

	ACTIVE, ACHIEVED, DROPPED, REVISED;

	/** What to say when a value is none of these. */
	public static final String CHOICES = "Use active, achieved, dropped or revised.";

	/** The form used in the API, on the pages and in exports, e.g. {@code active}. */
	public String wireName() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static Optional<GoalStatus> fromWire(String value) {
		return Arrays.stream(values()).filter((v) -> v.wireName().equals(value)).findFirst();
	}

}
