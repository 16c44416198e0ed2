package org.alliance.insight;

import java.util.List;

/**
 * The covariance of one random-effects term, {@code σ² T T'}.
 *
 * @param group the grouping factor, e.g. {@code Subject}
 * @param names the term's columns, e.g. {@code (Intercept), Days}
 * @param variances the variance of each column
 * @param correlations the correlation matrix row by row ({@code nc × nc}, ones on the
 * diagonal; NaN where a variance is zero)
 */
public record VarianceComponent(String group, List<String> names, double[] variances, double[] correlations) {

	public VarianceComponent {
		names = List.copyOf(names);
	}

	/**
	 * The standard deviations.
	 * @return the square roots of the variances
	 */
	public double[] standardDeviations() {
		double[] sds = new double[this.variances.length];
		for (int i = 0; i < sds.length; i++) {
			sds[i] = Math.sqrt(this.variances[i]);
		}
		return sds;
	}

	/**
	 * One correlation.
	 * @param i a column
	 * @param j another column
	 * @return their correlation
	 */
	public double correlation(int i, int j) {
		return this.correlations[i * this.names.size() + j];
	}

	/**
	 * One covariance.
	 * @param i a column
	 * @param j another column
	 * @return their covariance
	 */
	public double covariance(int i, int j) {
		return (i == j) ? this.variances[i] : correlation(i, j) * Math.sqrt(this.variances[i] * this.variances[j]);
	}

}
