package org.alliance.outcome.dropout;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The area under the ROC curve (the c statistic): the chance that a randomly chosen
 * dropout has a higher score than a randomly chosen completer, ties counting one half.
 * Computed as the Mann–Whitney U statistic over n1·n0 (Hanley &amp; McNeil 1982,
 * Radiology 143:29–36) from mid-ranks: {@code (R1 − n1(n1 + 1)/2) / (n1 n0)}.
 */
public final class Discrimination {

	private Discrimination() {
	}

	/**
	 * @param scores any scores where higher means likelier (risks or log-odds)
	 * @param y outcomes, 0 or 1, both present
	 * @return the AUC, 0 to 1
	 */
	public static double auc(double[] scores, double[] y) {
		int n = scores.length;
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]));
		double rankSumOfOnes = 0;
		long ones = 0;
		int start = 0;
		while (start < n) {
			int end = start;
			while (end + 1 < n && scores[order[end + 1]] == scores[order[start]]) {
				end++;
			}
			// ranks start+1 .. end+1 share their mean
			double midRank = (start + end + 2) / 2.0;
			for (int k = start; k <= end; k++) {
				if (y[order[k]] == 1) {
					rankSumOfOnes += midRank;
					ones++;
				}
			}
			start = end + 1;
		}
		long zeros = n - ones;
		if (ones == 0 || zeros == 0) {
			throw new IllegalArgumentException("the AUC needs both outcomes");
		}
		return (rankSumOfOnes - ones * (ones + 1) / 2.0) / ((double) ones * zeros);
	}

}
