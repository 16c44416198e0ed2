package org.alliance.alliance;

/**
 * The scores read from an alliance check, after Bordin's (1979) bond, task and goal, plus
 * the client-perceived empathy item (Elliott et al. 2018). On {@code alliance-check}:
 * bond items 1–2, task 3–4, goal 5–6, empathy 7, total items 1–6.
 */
public enum AllianceScale {

	BOND("bond"), TASK("task"), GOAL("goal"), EMPATHY("empathy"), TOTAL("total");

	private final String code;

	AllianceScale(String code) {
		this.code = code;
	}

	/**
	 * The lower-case code used in files and on screen.
	 * @return the code, never null
	 */
	public String code() {
		return this.code;
	}

	/**
	 * Whether this is one of Bordin's three components, which the rupture rules also
	 * watch on their own.
	 * @return true for bond, task and goal
	 */
	public boolean isComponent() {
		return this == BOND || this == TASK || this == GOAL;
	}

}
