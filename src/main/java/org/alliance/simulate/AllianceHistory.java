package org.alliance.simulate;

/**
 * The client's earlier alliance-check answers, kept as item sums so running levels are
 * exact.
 */
final class AllianceHistory {

	private final int[] sums = new int[7];

	private int count;

	private boolean ceilingRun = true;

	void record(int[] items) {
		for (int i = 0; i < 7; i++) {
			this.sums[i] += items[i];
		}
		this.count++;
		for (int i = 0; i < 6; i++) {
			this.ceilingRun &= items[i] == 5;
		}
	}

	int count() {
		return this.count;
	}

	/** Running mean of a 1-based item, rounded down. */
	int floorMean(int item) {
		return this.sums[item - 1] / this.count;
	}

	/** Running mean of a 1-based item, rounded up. */
	int ceilMean(int item) {
		return (this.sums[item - 1] + this.count - 1) / this.count;
	}

	/** Whether at least two earlier ratings were all at the maximum (items 1–6 all 5). */
	boolean fromCeiling() {
		return this.ceilingRun && this.count >= 2;
	}

}
