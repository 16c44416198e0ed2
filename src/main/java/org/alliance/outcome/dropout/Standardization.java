package org.alliance.outcome.dropout;

/**
 * Centres and scales features to mean 0 and SD 1 (the sample SD, n − 1, as R's
 * {@code scale()}), so that one ridge penalty treats every feature alike whatever its
 * unit, and a coefficient reads as log-odds per SD of its feature.
 *
 * @param means the mean of each feature
 * @param sds the sample SD of each feature, each above 0
 */
public record Standardization(double[] means, double[] sds) {

	public Standardization {
		means = means.clone();
		sds = sds.clone();
	}

	/**
	 * The means and SDs of the rows' features.
	 * @param x rows of features, at least two
	 * @throws IllegalArgumentException naming the index of a feature with no spread
	 */
	public static Standardization of(double[][] x) {
		int n = x.length;
		int p = x[0].length;
		double[] means = new double[p];
		double[] sds = new double[p];
		for (int j = 0; j < p; j++) {
			double sum = 0;
			for (double[] row : x) {
				sum += row[j];
			}
			double mean = sum / n;
			double squares = 0;
			for (double[] row : x) {
				squares += (row[j] - mean) * (row[j] - mean);
			}
			means[j] = mean;
			sds[j] = Math.sqrt(squares / (n - 1));
		}
		return new Standardization(means, sds);
	}

	/** The index of the first feature with no spread, or −1. */
	public int firstConstant() {
		for (int j = 0; j < this.sds.length; j++) {
			if (!(this.sds[j] > 1e-12 * Math.max(1, Math.abs(this.means[j])))) {
				return j;
			}
		}
		return -1;
	}

	/** The rows standardised; the input is not changed. */
	public double[][] apply(double[][] x) {
		double[][] z = new double[x.length][];
		for (int i = 0; i < x.length; i++) {
			z[i] = apply(x[i]);
		}
		return z;
	}

	/** One row standardised. */
	public double[] apply(double[] row) {
		double[] z = new double[row.length];
		for (int j = 0; j < row.length; j++) {
			z[j] = (row[j] - this.means[j]) / this.sds[j];
		}
		return z;
	}

	/**
	 * A fit on standardised features re-expressed on the features' own scale:
	 * {@code b_j / sd_j} per unit of feature j, and the intercept
	 * {@code b0 − Σ b_j mean_j / sd_j}. Both give the same linear predictor.
	 */
	public LogisticFit toOriginalScale(LogisticFit standardized) {
		double[] b = standardized.coefficients();
		double intercept = standardized.intercept();
		double[] original = new double[b.length];
		for (int j = 0; j < b.length; j++) {
			original[j] = b[j] / this.sds[j];
			intercept -= original[j] * this.means[j];
		}
		return new LogisticFit(intercept, original, standardized.iterations());
	}

	@Override
	public double[] means() {
		return this.means.clone();
	}

	@Override
	public double[] sds() {
		return this.sds.clone();
	}

}
