package org.alliance.insight.internal;

/**
 * Blocked right-looking Cholesky factorisation of a dense symmetric positive-definite
 * matrix held as its lower triangle by rows ({@code rows[i]} has at least {@code i + 1}
 * entries), the kernel of the dense blocks of {@link BlockedSystem}. It plays the part of
 * LAPACK's {@code dpotrf} in MixedModels.jl's blocked {@code updateL!}: a panel of
 * {@value #PANEL} columns is copied into a transposed buffer and factored there, then the
 * trailing rows are updated by {@code A[i][j] -= Σ_c P[c][i] P[c][j]}.
 * <p>
 * Every inner loop is a plain {@code for (j = from; j < to; j++) row[j] -= ...} over
 * separate row arrays with the same index on both sides, the form HotSpot's C2 compiler
 * turns into SIMD instructions; four panel columns are applied per pass so that a row is
 * loaded and stored once per four multiply-adds. On the project's 2-core machine a 1,145
 * × 1,145 factor takes about 20 ms, against about 150 ms for the envelope kernel's dot
 * products ({@link SkylineCholesky}). It runs on one thread: sharing the trailing update
 * with a second thread of the common pool was tried, but on the shared machine the helper
 * was as often preempted as running, and waiting for its chunk cost more than it saved.
 */
final class DenseCholesky {

	/** Columns per panel. */
	static final int PANEL = 64;

	/**
	 * Columns per tile of the trailing update, so that a tile's panel rows stay cached.
	 */
	private static final int TILE = 512;

	private final int size;

	private final double[][] panel;

	/**
	 * Allocates the panel buffer for matrices of one order.
	 * @param size the order
	 */
	DenseCholesky(int size) {
		this.size = size;
		this.panel = new double[Math.min(PANEL, Math.max(1, size))][size];
	}

	/**
	 * Overwrites the lower triangle with its Cholesky factor {@code L} ({@code A = LL'}).
	 * @param rows the matrix, lower triangle by rows
	 * @return false when the matrix is not positive definite (the rows are then partly
	 * overwritten)
	 */
	boolean factor(double[][] rows) {
		int n = this.size;
		for (int k0 = 0; k0 < n; k0 += PANEL) {
			int k1 = Math.min(n, k0 + PANEL);
			gather(rows, k0, k1);
			if (!factorPanel(k0, k1)) {
				return false;
			}
			scatter(rows, k0, k1);
			if (k1 < n) {
				update(rows, k0, k1, k1, n);
			}
		}
		return true;
	}

	private void gather(double[][] rows, int k0, int k1) {
		int width = k1 - k0;
		for (int i = k0; i < this.size; i++) {
			double[] row = rows[i];
			int columns = Math.min(width, i - k0 + 1);
			for (int c = 0; c < columns; c++) {
				this.panel[c][i] = row[k0 + c];
			}
		}
	}

	private void scatter(double[][] rows, int k0, int k1) {
		int width = k1 - k0;
		for (int i = k0; i < this.size; i++) {
			double[] row = rows[i];
			int columns = Math.min(width, i - k0 + 1);
			for (int c = 0; c < columns; c++) {
				row[k0 + c] = this.panel[c][i];
			}
		}
	}

	/** Unblocked right-looking Cholesky of the panel's columns, in the buffer. */
	private boolean factorPanel(int k0, int k1) {
		int n = this.size;
		for (int c = 0; c < k1 - k0; c++) {
			double[] column = this.panel[c];
			int j = k0 + c;
			for (int previous = 0; previous < c; previous++) {
				double[] source = this.panel[previous];
				double factor = source[j];
				if (factor != 0.0) {
					for (int i = j; i < n; i++) {
						column[i] -= factor * source[i];
					}
				}
			}
			double pivot = column[j];
			if (!(pivot > 0)) {
				return false;
			}
			double diagonal = Math.sqrt(pivot);
			double inverse = 1.0 / diagonal;
			column[j] = diagonal;
			for (int i = j + 1; i < n; i++) {
				column[i] *= inverse;
			}
		}
		return true;
	}

	/** {@code A[i][j] -= Σ_c P[c][i] P[c][j]} for rows {@code from ≤ i < to}. */
	private void update(double[][] rows, int k0, int k1, int from, int to) {
		int width = k1 - k0;
		double[][] p = this.panel;
		for (int j0 = k1; j0 < to; j0 += TILE) {
			int j1 = Math.min(to, j0 + TILE);
			for (int i = Math.max(from, j0); i < to; i++) {
				double[] row = rows[i];
				int end = Math.min(j1, i + 1);
				int c = 0;
				for (; c + 3 < width; c += 4) {
					double s0 = p[c][i];
					double s1 = p[c + 1][i];
					double s2 = p[c + 2][i];
					double s3 = p[c + 3][i];
					if (s0 == 0.0 && s1 == 0.0 && s2 == 0.0 && s3 == 0.0) {
						continue;
					}
					double[] b0 = p[c];
					double[] b1 = p[c + 1];
					double[] b2 = p[c + 2];
					double[] b3 = p[c + 3];
					for (int j = j0; j < end; j++) {
						row[j] -= s0 * b0[j] + s1 * b1[j] + s2 * b2[j] + s3 * b3[j];
					}
				}
				for (; c < width; c++) {
					double s = p[c][i];
					if (s != 0.0) {
						double[] b = p[c];
						for (int j = j0; j < end; j++) {
							row[j] -= s * b[j];
						}
					}
				}
			}
		}
	}

}
