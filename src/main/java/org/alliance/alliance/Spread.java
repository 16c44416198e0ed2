package org.alliance.alliance;

/**
 * Sample standard deviation.
 */
final class Spread {

	private Spread() {
	}

	/**
	 * √(Σ(x − x̄)² / (n − 1)).
	 * @return the SD, 0 with fewer than two values
	 */
	static double sampleSd(double[] values) {
		if (values.length < 2) {
			return 0;
		}
		double mean = 0;
		for (double v : values) {
			mean += v / values.length;
		}
		double squares = 0;
		for (double v : values) {
			squares += (v - mean) * (v - mean);
		}
		return Math.sqrt(squares / (values.length - 1));
	}

}
