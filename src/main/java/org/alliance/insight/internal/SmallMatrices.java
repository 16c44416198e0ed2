package org.alliance.insight.internal;

/**
 * Kernels for the many tiny dense blocks (one per client, typically 1 × 1 or 2 × 2) of
 * the blocked system. Plain loops over row-major arrays: for blocks this small, a general
 * library call would cost more in setup than in arithmetic.
 */
final class SmallMatrices {

	private SmallMatrices() {
	}

	/**
	 * {@code out = Λ' G Λ} for the {@code m × m} block of {@code gram} at {@code offset}.
	 */
	static void congruence(double[] lambda, double[] gram, int offset, int m, double[] work, double[] out) {
		for (int a = 0; a < m; a++) {
			for (int j = 0; j < m; j++) {
				double sum = 0;
				for (int b = j; b < m; b++) {
					sum += gram[offset + a * m + b] * lambda[b * m + j];
				}
				work[a * m + j] = sum;
			}
		}
		for (int i = 0; i < m; i++) {
			for (int j = 0; j < m; j++) {
				double sum = 0;
				for (int a = i; a < m; a++) {
					sum += lambda[a * m + i] * work[a * m + j];
				}
				out[i * m + j] = sum;
			}
		}
	}

	/**
	 * In-place lower Cholesky of an {@code m × m} block; false when not positive
	 * definite.
	 */
	static boolean cholesky(double[] block, int m) {
		for (int i = 0; i < m; i++) {
			for (int j = 0; j <= i; j++) {
				double sum = block[i * m + j];
				for (int k = 0; k < j; k++) {
					sum -= block[i * m + k] * block[j * m + k];
				}
				if (i == j) {
					if (!(sum > 0)) {
						return false;
					}
					block[i * m + i] = Math.sqrt(sum);
				}
				else {
					block[i * m + j] = sum / block[j * m + j];
				}
			}
			for (int j = i + 1; j < m; j++) {
				block[i * m + j] = 0.0;
			}
		}
		return true;
	}

	/**
	 * {@code out = Λ' C} for the {@code m × count} block of {@code source} at
	 * {@code offset}.
	 */
	static void leftScale(double[] lambda, double[] source, int offset, int m, int count, double[] out) {
		for (int i = 0; i < m; i++) {
			for (int c = 0; c < count; c++) {
				double sum = 0;
				for (int a = i; a < m; a++) {
					sum += lambda[a * m + i] * source[offset + a * count + c];
				}
				out[i * count + c] = sum;
			}
		}
	}

	/** Overwrites the {@code m × count} matrix with {@code L^{-1}} times it. */
	static void forwardSolve(double[] lower, int m, double[] matrix, int count) {
		for (int c = 0; c < count; c++) {
			for (int i = 0; i < m; i++) {
				double sum = matrix[i * count + c];
				for (int a = 0; a < i; a++) {
					sum -= lower[i * m + a] * matrix[a * count + c];
				}
				matrix[i * count + c] = sum / lower[i * m + i];
			}
		}
	}

	/**
	 * Overwrites {@code vector} with {@code L'^{-1}} times it, L the block at
	 * {@code offset}.
	 */
	static void backSolve(double[] lower, int offset, int m, double[] vector) {
		for (int i = m - 1; i >= 0; i--) {
			double sum = vector[i];
			for (int a = i + 1; a < m; a++) {
				sum -= lower[offset + a * m + i] * vector[a];
			}
			vector[i] = sum / lower[offset + i * m + i];
		}
	}

}
