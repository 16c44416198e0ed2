package org.alliance.outcome;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A range of session numbers as a user types it: {@code 1-20}, or one session {@code 6}.
 *
 * @param first the first session, from 1
 * @param last the last session, not before {@code first}
 */
record SessionRange(int first, int last) {

	/** No course of therapy has more sessions (as care's session numbers). */
	static final int MAX_SESSION = 1000;

	private static final Pattern RANGE = Pattern.compile("\\s*(\\d{1,9})\\s*(?:-\\s*(\\d{1,9})\\s*)?");

	/**
	 * @param text e.g. {@code 1-20}
	 * @return the range, never null
	 * @throws IllegalArgumentException saying what is wrong, for the {@code --sessions}
	 * option
	 */
	static SessionRange parse(String text) {
		Matcher matcher = RANGE.matcher((text != null) ? text : "");
		if (!matcher.matches()) {
			throw new IllegalArgumentException(
					"--sessions must be a range of session numbers such as 1-20 (or one session, 6), not '" + text
							+ "'");
		}
		int first = Integer.parseInt(matcher.group(1));
		int last = (matcher.group(2) != null) ? Integer.parseInt(matcher.group(2)) : first;
		if (first < 1 || last < first || last > MAX_SESSION) {
			throw new IllegalArgumentException("--sessions must run from session 1 or later up to at most "
					+ MAX_SESSION + ", the first not after the last, not '" + text + "'");
		}
		return new SessionRange(first, last);
	}

}
