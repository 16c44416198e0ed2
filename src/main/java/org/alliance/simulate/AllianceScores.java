package org.alliance.simulate;

import java.util.Map;

/**
 * Subscale and total scores of an alliance check as per-item means on the 1–5 scale: bond
 * items 1–2, task 3–4, goal 5–6, empathy 7, total 1–6.
 *
 * @param bond mean of items 1 and 2
 * @param task mean of items 3 and 4
 * @param goal mean of items 5 and 6
 * @param empathy item 7
 * @param total mean of items 1 to 6
 */
public record AllianceScores(double bond, double task, double goal, double empathy, double total) {

	/**
	 * Scores answers to the seven choice items.
	 * @param answers items "1" to "7", each 1–5
	 * @return the scores, never null
	 */
	public static AllianceScores of(Map<String, Integer> answers) {
		int bond = answers.get("1") + answers.get("2");
		int task = answers.get("3") + answers.get("4");
		int goal = answers.get("5") + answers.get("6");
		return new AllianceScores(bond / 2.0, task / 2.0, goal / 2.0, answers.get("7"), (bond + task + goal) / 6.0);
	}

}
