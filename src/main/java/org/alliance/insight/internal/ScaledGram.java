package org.alliance.insight.internal;

/**
 * Fills the lower envelope of {@code Λ̃'GΛ̃}, where {@code Λ̃} scales every group of
 * {@code nc} random-effect columns by its term's template and leaves fixed-effect and
 * response columns alone. A column of a scalar term (a random intercept) or of X or y is
 * only multiplied by one number, so an entry between two such columns is
 * {@code λ_i G_ij λ_j}, filled a row at a time in a loop the compiler vectorises; only
 * columns of vector-valued terms need the template products.
 */
final class ScaledGram {

	private ScaledGram() {
	}

	/**
	 * The multiplier of every rest column: θ of its scalar term, 1 for X and y, NaN for a
	 * column of a vector-valued term.
	 */
	static double[] multipliers(BlockLayout layout, double[][] templates) {
		double[] multiplier = new double[layout.rest];
		for (int c = 0; c < layout.rest; c++) {
			int term = layout.termOfColumn[c];
			if (term < 0) {
				multiplier[c] = 1.0;
			}
			else {
				multiplier[c] = (layout.terms.get(term).columnCount() == 1) ? templates[term][0] : Double.NaN;
			}
		}
		return multiplier;
	}

	static void fill(double[][] target, double[][] gram, int[] first, BlockLayout layout, double[][] templates,
			boolean allScalar) {
		double[] multiplier = multipliers(layout, templates);
		int r = layout.rest;
		for (int i = 0; i < r; i++) {
			double[] row = target[i];
			double[] source = gram[i];
			double left = multiplier[i];
			if (allScalar) {
				for (int j = first[i]; j < i + 1; j++) {
					row[j] = left * source[j] * multiplier[j];
				}
				continue;
			}
			for (int j = first[i]; j <= i; j++) {
				row[j] = (Double.isNaN(left) || Double.isNaN(multiplier[j])) ? entry(gram, i, j, layout, templates)
						: left * source[j] * multiplier[j];
			}
		}
	}

	private static double entry(double[][] gram, int i, int j, BlockLayout layout, double[][] templates) {
		int ti = layout.termOfColumn[i];
		int tj = layout.termOfColumn[j];
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
				sum += left * ((a >= b) ? gram[a][b] : gram[b][a]) * right;
			}
		}
		return sum;
	}

}
