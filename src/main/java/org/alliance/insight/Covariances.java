package org.alliance.insight;

/**
 * Sample covariances of item scores and the alphas computed from them.
 */
final class Covariances {

	private Covariances() {
	}

	/** The sample covariance matrix (divisor n − 1), by two passes for accuracy. */
	static double[][] of(double[][] scores) {
		int n = scores.length;
		int k = scores[0].length;
		double[] means = new double[k];
		for (double[] row : scores) {
			for (int i = 0; i < k; i++) {
				means[i] += row[i] / n;
			}
		}
		double[][] covariance = new double[k][k];
		for (double[] row : scores) {
			for (int i = 0; i < k; i++) {
				for (int j = 0; j <= i; j++) {
					covariance[i][j] += (row[i] - means[i]) * (row[j] - means[j]) / (n - 1);
				}
			}
		}
		for (int i = 0; i < k; i++) {
			for (int j = 0; j < i; j++) {
				covariance[j][i] = covariance[i][j];
			}
		}
		return covariance;
	}

	/** Raw alpha over all items except {@code skip} (-1 for none). */
	static double alpha(double[][] covariance, int skip) {
		int k = 0;
		double itemVariances = 0;
		double total = 0;
		for (int i = 0; i < covariance.length; i++) {
			if (i == skip) {
				continue;
			}
			k++;
			itemVariances += covariance[i][i];
			for (int j = 0; j < covariance.length; j++) {
				if (j != skip) {
					total += covariance[i][j];
				}
			}
		}
		return k / (k - 1.0) * (1 - itemVariances / total);
	}

	/** Alpha from the mean inter-item correlation r̄: {@code k r̄ / (1 + (k − 1) r̄)}. */
	static double standardizedAlpha(double[][] covariance) {
		int k = covariance.length;
		double sum = 0;
		for (int i = 0; i < k; i++) {
			for (int j = 0; j < i; j++) {
				sum += covariance[i][j] / Math.sqrt(covariance[i][i] * covariance[j][j]);
			}
		}
		double mean = sum / (k * (k - 1) / 2.0);
		return k * mean / (1 + (k - 1) * mean);
	}

}
