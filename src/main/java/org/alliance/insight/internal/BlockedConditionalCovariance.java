package org.alliance.insight.internal;

/**
 * Diagonal blocks of {@code (Λ'Z'ZΛ + I)^{-1}} from the blocked factorisation. For a rest
 * level they are blocks of {@code S_B^{-1}}, the inverse of the Schur complement over the
 * rest random effects. For a block level {@code k}, by the partitioned inverse,
 * {@code L_k'^{-1} (I + F_k S_B^{-1} F_k') L_k^{-1}}, where {@code F_k} is the level's
 * eliminated coupling with the rest random effects.
 */
final class BlockedConditionalCovariance {

	private final BlockLayout layout;

	private final BlockedCrossProducts products;

	BlockedConditionalCovariance(BlockLayout layout, BlockedCrossProducts products) {
		this.layout = layout;
		this.products = products;
	}

	double[][] compute(BlockedSolver.Factors factors, double[] restInverse) {
		double[][] result = new double[this.layout.terms.size()][];
		blockLevels(factors, restInverse, result);
		restLevels(restInverse, result);
		return result;
	}

	private void blockLevels(BlockedSolver.Factors factors, double[] restInverse, double[][] result) {
		int m = this.layout.blockSize;
		int levels = this.layout.blockLevels;
		for (int i = 0; i < this.layout.blockTerms.length; i++) {
			int nc = this.layout.terms.get(this.layout.blockTerms[i]).columnCount();
			result[this.layout.blockTerms[i]] = new double[levels * nc * nc];
		}
		double[] inner = new double[m * m];
		double[] inverse = new double[m * m];
		double[] full = new double[m * m];
		for (int k = 0; k < levels; k++) {
			inner(factors, restInverse, k, inner);
			lowerInverse(factors.blocks(), k * m * m, m, inverse);
			// full = G' H G with G = L_k^{-1}
			for (int a = 0; a < m; a++) {
				for (int b = 0; b < m; b++) {
					double sum = 0;
					for (int c = 0; c < m; c++) {
						for (int d = 0; d < m; d++) {
							sum += inverse[c * m + a] * inner[c * m + d] * inverse[d * m + b];
						}
					}
					full[a * m + b] = sum;
				}
			}
			for (int i = 0; i < this.layout.blockTerms.length; i++) {
				int nc = this.layout.terms.get(this.layout.blockTerms[i]).columnCount();
				int offset = this.layout.blockOffsets[i];
				double[] target = result[this.layout.blockTerms[i]];
				for (int a = 0; a < nc; a++) {
					for (int b = 0; b < nc; b++) {
						target[k * nc * nc + a * nc + b] = full[(offset + a) * m + offset + b];
					}
				}
			}
		}
	}

	/** {@code H = I + F S_B^{-1} F'} for one block level. */
	private void inner(BlockedSolver.Factors factors, double[] restInverse, int k, double[] inner) {
		int m = this.layout.blockSize;
		int q = this.layout.restRandom;
		int start = this.products.couplingStart[k];
		int count = this.products.couplingStart[k + 1] - start;
		int[] columns = this.products.couplingColumns;
		double[] e = factors.eliminated();
		for (int a = 0; a < m; a++) {
			for (int b = 0; b < m; b++) {
				double sum = (a == b) ? 1.0 : 0.0;
				for (int x = 0; x < count && columns[start + x] < q; x++) {
					double fa = e[start * m + a * count + x];
					for (int y = 0; y < count && columns[start + y] < q; y++) {
						sum += fa * restInverse[columns[start + x] * q + columns[start + y]]
								* e[start * m + b * count + y];
					}
				}
				inner[a * m + b] = sum;
			}
		}
	}

	private static void lowerInverse(double[] blocks, int offset, int m, double[] inverse) {
		java.util.Arrays.fill(inverse, 0.0);
		for (int c = 0; c < m; c++) {
			for (int i = c; i < m; i++) {
				double sum = (i == c) ? 1.0 : 0.0;
				for (int a = c; a < i; a++) {
					sum -= blocks[offset + i * m + a] * inverse[a * m + c];
				}
				inverse[i * m + c] = sum / blocks[offset + i * m + i];
			}
		}
	}

	private void restLevels(double[] restInverse, double[][] result) {
		int q = this.layout.restRandom;
		for (int i = 0; i < this.layout.restTerms.length; i++) {
			RandomEffectTerm term = this.layout.terms.get(this.layout.restTerms[i]);
			int nc = term.columnCount();
			double[] target = new double[term.levelCount() * nc * nc];
			for (int level = 0; level < term.levelCount(); level++) {
				int first = this.layout.restOffsets[i] + level * nc;
				for (int a = 0; a < nc; a++) {
					for (int b = 0; b < nc; b++) {
						target[level * nc * nc + a * nc + b] = restInverse[(first + a) * q + first + b];
					}
				}
			}
			result[this.layout.restTerms[i]] = target;
		}
	}

}
