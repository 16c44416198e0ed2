package org.alliance.insight.internal;

/**
 * Fills the lower envelope of {@code Λ̃'GΛ̃}, where {@code Λ̃} scales every group of
 * {@code nc} random-effect columns by its term's template and leaves fixed-effect and
 * response columns alone.
 */
final class ScaledGram {

	private ScaledGram() {
	}

	static void fill(double[] target, double[] gram, int[] first, BlockLayout layout, double[][] templates) {
		int r = layout.rest;
		for (int i = 0; i < r; i++) {
			for (int j = first[i]; j <= i; j++) {
				target[i * r + j] = entry(gram, r, i, j, layout, templates);
			}
		}
	}

	private static double entry(double[] gram, int r, int i, int j, BlockLayout layout, double[][] templates) {
		int ti = layout.termOfColumn[i];
		int tj = layout.termOfColumn[j];
		if (ti < 0 && tj < 0) {
			return gram[i * r + j];
		}
		int si = layout.groupStart[i];
		int sj = layout.groupStart[j];
		int ni = (ti < 0) ? 1 : layout.terms.get(ti).columnCount();
		int nj = (tj < 0) ? 1 : layout.terms.get(tj).columnCount();
		double sum = 0;
		// Λ̃[a][i] = T[a - si][i - si], non-zero only for a ≥ i (T is lower triangular)
		for (int a = i; a < si + ni; a++) {
			double left = (ti < 0) ? 1.0 : templates[ti][(a - si) * ni + (i - si)];
			if (left == 0.0) {
				continue;
			}
			for (int b = j; b < sj + nj; b++) {
				double right = (tj < 0) ? 1.0 : templates[tj][(b - sj) * nj + (j - sj)];
				sum += left * gram[a * r + b] * right;
			}
		}
		return sum;
	}

}
