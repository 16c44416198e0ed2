package org.alliance.simulate;

/**
 * The alliance-check items a rupture hits: all of them, or one of Bordin's (1979) three
 * components. Items are 1-based: bond 1–2, task 3–4, goal 5–6, empathy 7.
 */
enum Subscale {

	ALL("all", 1, 7), BOND("bond", 1, 2), TASK("task", 3, 4), GOAL("goal", 5, 6);

	private final String code;

	private final int firstItem;

	private final int lastItem;

	Subscale(String code, int firstItem, int lastItem) {
		this.code = code;
		this.firstItem = firstItem;
		this.lastItem = lastItem;
	}

	String code() {
		return this.code;
	}

	/** Whether a rupture of this kind lowers the 1-based item. */
	boolean covers(int item) {
		return item >= this.firstItem && item <= this.lastItem;
	}

}
