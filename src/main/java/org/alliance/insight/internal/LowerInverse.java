package org.alliance.insight.internal;

/**
 * The inverse {@code W = L^{-1}} of the leading rows of a lower-triangular factor held by
 * rows, and its transpose, for the derivatives of the profiled criterion
 * ({@link BlockedGradient}). Row {@code i} of {@code W} is {@code (e_i - Σ_{k<i} L[i][k]
 * W[k]) / L[i][i]}: a sum of earlier rows, computed a block of {@value #BLOCK} rows at a
 * time so that each earlier row is read once per block, four at a time in a loop the
 * compiler vectorises (as in {@link DenseCholesky}).
 */
final class LowerInverse {

	private static final int BLOCK = 64;

	private final int size;

	private final double[][] inverse;

	private final double[][] transposed;

	/**
	 * Allocates the inverse and its transpose.
	 * @param size the order
	 */
	LowerInverse(int size) {
		this.size = size;
		this.inverse = new double[size][];
		this.transposed = new double[size][];
		for (int i = 0; i < size; i++) {
			this.inverse[i] = new double[i + 1];
			this.transposed[i] = new double[size];
		}
	}

	/** {@code W} by rows, row {@code i} with {@code i + 1} entries. */
	double[][] inverse() {
		return this.inverse;
	}

	/**
	 * {@code W'} by rows, full length: row {@code x} is column {@code x} of {@code W},
	 * zero before {@code x}.
	 */
	double[][] transposed() {
		return this.transposed;
	}

	/**
	 * Inverts the leading {@code size} rows of a factor and transposes the result.
	 * @param factor lower triangular by rows, non-zero diagonal
	 */
	void invert(double[][] factor) {
		int n = this.size;
		for (int i0 = 0; i0 < n; i0 += BLOCK) {
			int i1 = Math.min(n, i0 + BLOCK);
			for (int i = i0; i < i1; i++) {
				java.util.Arrays.fill(this.inverse[i], 0.0);
			}
			subtractEarlier(factor, i0, i1, i0);
			for (int i = i0; i < i1; i++) {
				double[] row = this.inverse[i];
				double[] lower = factor[i];
				for (int k = i0; k < i; k++) {
					axpy(-lower[k], this.inverse[k], row, k + 1);
				}
				row[i] = 1.0;
				double scale = 1.0 / lower[i];
				for (int j = 0; j < i + 1; j++) {
					row[j] *= scale;
				}
			}
		}
		transpose();
	}

	/**
	 * {@code W[i] -= Σ_{k<end} L[i][k] W[k]} for rows {@code i0 ≤ i < i1}, four earlier
	 * rows per pass, each read once for all these rows.
	 */
	private void subtractEarlier(double[][] factor, int i0, int i1, int end) {
		double[][] w = this.inverse;
		int k = 0;
		for (; k + 3 < end; k += 4) {
			double[] w0 = w[k];
			double[] w1 = w[k + 1];
			double[] w2 = w[k + 2];
			double[] w3 = w[k + 3];
			for (int i = i0; i < i1; i++) {
				double[] lower = factor[i];
				double[] row = w[i];
				double s0 = lower[k];
				double s1 = lower[k + 1];
				double s2 = lower[k + 2];
				double s3 = lower[k + 3];
				for (int j = 0; j < k + 1; j++) {
					row[j] -= s0 * w0[j] + s1 * w1[j] + s2 * w2[j] + s3 * w3[j];
				}
				// the triangle the four rows do not share
				row[k + 1] -= s1 * w1[k + 1] + s2 * w2[k + 1] + s3 * w3[k + 1];
				row[k + 2] -= s2 * w2[k + 2] + s3 * w3[k + 2];
				row[k + 3] -= s3 * w3[k + 3];
			}
		}
		for (; k < end; k++) {
			for (int i = i0; i < i1; i++) {
				axpy(-factor[i][k], w[k], w[i], k + 1);
			}
		}
	}

	private static void axpy(double factor, double[] source, double[] target, int length) {
		if (factor == 0.0) {
			return;
		}
		for (int j = 0; j < length; j++) {
			target[j] += factor * source[j];
		}
	}

	private void transpose() {
		int n = this.size;
		for (int x0 = 0; x0 < n; x0 += BLOCK) {
			int x1 = Math.min(n, x0 + BLOCK);
			for (int i = x0; i < n; i++) {
				double[] row = this.inverse[i];
				int end = Math.min(x1, i + 1);
				for (int x = x0; x < end; x++) {
					this.transposed[x][i] = row[x];
				}
			}
		}
	}

}
