package org.alliance.collaboration;

import java.util.List;

/**
 * The five levels of a Goal Attainment Scaling ladder (Kiresuk &amp; Sherman 1968): −2
 * much less than expected, −1 somewhat less, 0 the expected level, +1 somewhat more, +2
 * much more than expected.
 */
public final class AttainmentLevel {

	public static final int LOWEST = -2;

	public static final int HIGHEST = 2;

	/**
	 * The levels from lowest to highest, as the API names them ({@code "-2"} …
	 * {@code "2"}).
	 */
	public static final List<Integer> ALL = List.of(-2, -1, 0, 1, 2);

	/** What to say when a level is none of these. */
	public static final String CHOICES = "Give a whole number from -2 (much less than expected) to 2 (much more than expected).";

	private AttainmentLevel() {
	}

	/** The level's words, e.g. "expected level". */
	public static String words(int level) {
		return switch (level) {
			case -2 -> "much less than expected";
			case -1 -> "somewhat less than expected";
			case 0 -> "expected level";
			case 1 -> "somewhat more than expected";
			case 2 -> "much more than expected";
			default -> throw new IllegalArgumentException("No level " + level);
		};
	}

	/** The level as written on a ladder, with its sign: −2, −1, 0, +1, +2. */
	public static String signed(int level) {
		return (level > 0) ? "+" + level : (level < 0) ? "\u2212" + (-level) : "0";
	}

}
