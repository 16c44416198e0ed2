package org.alliance.outcome;

import java.util.Locale;

/**
 * What decided whether a change was reliable.
 */
public enum ChangeCriterion {

	/**
	 * The instrument's declared least reliable change in points (NHS Talking Therapies:
	 * PHQ-9 6, GAD-7 4); a change of at least that many points is reliable.
	 */
	POINTS,

	/**
	 * The Jacobson &amp; Truax index from the reference SD and the reliability; reliable
	 * when {@code |RC| > 1.96}.
	 */
	INDEX;

	/**
	 * The form used in the API.
	 * @return {@code points} or {@code index}
	 */
	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

}
