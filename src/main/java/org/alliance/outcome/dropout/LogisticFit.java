package org.alliance.outcome.dropout;

/**
 * A fitted logistic regression on the scale of the columns it was fitted on.
 *
 * @param intercept the intercept
 * @param coefficients one per column, in column order; never null
 * @param iterations Newton steps taken
 */
public record LogisticFit(double intercept, double[] coefficients, int iterations) {

	public LogisticFit {
		coefficients = coefficients.clone();
	}

	@Override
	public double[] coefficients() {
		return this.coefficients.clone();
	}

	/** The linear predictor (log-odds) of one row. */
	public double linearPredictor(double[] row) {
		double eta = this.intercept;
		for (int j = 0; j < this.coefficients.length; j++) {
			eta += this.coefficients[j] * row[j];
		}
		return eta;
	}

	/** The probability {@code 1 / (1 + e^-eta)}, computed without overflow. */
	public static double probability(double eta) {
		if (eta >= 0) {
			return 1 / (1 + Math.exp(-eta));
		}
		double e = Math.exp(eta);
		return e / (1 + e);
	}

}
