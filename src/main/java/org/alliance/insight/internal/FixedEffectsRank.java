package org.alliance.insight.internal;

import org.alliance.insight.InvalidInputException;

/**
 * Refuses a fixed-effects design of less than full column rank, naming the first column
 * that depends on the ones before it. lme4 drops such columns with a message; we ask the
 * user to change the formula instead, so that no coefficient silently disappears.
 */
public final class FixedEffectsRank {

	/** A pivot this small relative to its column's scale marks a dependent column. */
	private static final double TOLERANCE = 1e-9;

	private FixedEffectsRank() {
	}

	/**
	 * Checks the design.
	 * @param frame the model frame
	 * @throws InvalidInputException when a column is a combination of earlier ones
	 */
	public static void check(ModelFrame frame) {
		int p = frame.fixedCount();
		double[] gram = new double[p * p];
		double[] x = frame.x();
		for (int row = 0; row < frame.rows(); row++) {
			for (int i = 0; i < p; i++) {
				double xi = x[row * p + i];
				for (int j = 0; j <= i; j++) {
					gram[i * p + j] += xi * x[row * p + j];
				}
			}
		}
		for (int i = 0; i < p; i++) {
			double scale = gram[i * p + i];
			for (int j = 0; j <= i; j++) {
				double sum = gram[i * p + j];
				for (int k = 0; k < j; k++) {
					sum -= gram[i * p + k] * gram[j * p + k];
				}
				if (j < i) {
					gram[i * p + j] = sum / gram[j * p + j];
				}
				else if (!(sum > TOLERANCE * Math.max(scale, Double.MIN_NORMAL))) {
					throw new InvalidInputException("the fixed-effects design is rank deficient: column '"
							+ frame.fixedNames().get(i) + "' is constant or a combination of earlier columns");
				}
				else {
					gram[i * p + i] = Math.sqrt(sum);
				}
			}
		}
	}

}
