package org.alliance.insight.internal;

import java.util.Arrays;

/**
 * The diagonal blocks, level by level, of the inverse of the penalised system over its
 * random effects, from the blocked factorisation, without forming the inverse: for a rest
 * level, a diagonal block of {@code S^{-1} = W'W} with {@code W = L_S^{-1}} the inverse
 * of the rest factor's leading block; for a level k of the blocked factor, by the
 * partitioned inverse, {@code L_k^{-T}(I + V_k'V_k)L_k^{-1}} with {@code V_k = W E_k'},
 * {@code E_k} the level's eliminated coupling. With the rest's random effects alone this
 * is {@code (Λ'Z'ZΛ + I)^{-1}}, whose blocks are lme4's conditional variances; with X's
 * columns too it is the random-effects part of the inverse of the system with X, which
 * the REML gradient needs ({@link BlockedGradient}).
 */
final class InverseBlocks {

	/** Receives the blocks. */
	@FunctionalInterface
	interface Sink {

		/**
		 * One level's block.
		 * @param term the term
		 * @param level the level
		 * @param block {@code nc × nc} row by row; reused after the call
		 */
		void accept(int term, int level, double[] block);

	}

	private final BlockLayout layout;

	private final BlockedCrossProducts products;

	private final int included;

	private final LowerInverse inverse;

	private final double[] column;

	/**
	 * Prepares the workspace.
	 * @param layout the partition
	 * @param products the cross products
	 * @param included the leading rest columns the inverse is over: the rest's random
	 * effects, or those and X's
	 */
	InverseBlocks(BlockLayout layout, BlockedCrossProducts products, int included) {
		this.layout = layout;
		this.products = products;
		this.included = included;
		this.inverse = new LowerInverse(included);
		this.column = new double[Math.max(1, layout.blockSize * included)];
	}

	/**
	 * Computes the blocks of a factored system.
	 * @param schur the rest factor
	 * @param factors the block factors and eliminated couplings
	 * @param sink receives every level's block
	 */
	void compute(double[][] schur, BlockedSolver.Factors factors, Sink sink) {
		this.inverse.invert(schur);
		restLevels(sink);
		blockLevels(factors, sink);
	}

	private void restLevels(Sink sink) {
		BlockLayout l = this.layout;
		double[][] columns = this.inverse.transposed();
		for (int i = 0; i < l.restTerms.length; i++) {
			RandomEffectTerm term = l.terms.get(l.restTerms[i]);
			int nc = term.columnCount();
			double[] block = new double[nc * nc];
			for (int level = 0; level < term.levelCount(); level++) {
				int first = l.restOffsets[i] + level * nc;
				for (int a = 0; a < nc; a++) {
					for (int b = 0; b <= a; b++) {
						double dot = dot(columns[first + a], columns[first + b], first + a, this.included);
						block[a * nc + b] = dot;
						block[b * nc + a] = dot;
					}
				}
				sink.accept(l.restTerms[i], level, block);
			}
		}
	}

	private void blockLevels(BlockedSolver.Factors factors, Sink sink) {
		BlockLayout l = this.layout;
		int m = l.blockSize;
		double[] inner = new double[m * m];
		double[] lower = new double[m * m];
		double[] lowerInverse = new double[m * m];
		double[] full = new double[m * m];
		double[][] blocks = new double[l.blockTerms.length][];
		for (int i = 0; i < l.blockTerms.length; i++) {
			int nc = l.terms.get(l.blockTerms[i]).columnCount();
			blocks[i] = new double[nc * nc];
		}
		for (int k = 0; k < l.blockLevels; k++) {
			innerProduct(factors, k, inner);
			if (m == 1) {
				double root = factors.blocks()[k];
				blocks[0][0] = inner[0] / (root * root);
				sink.accept(l.blockTerms[0], k, blocks[0]);
				continue;
			}
			blockFactor(factors, k, lower);
			invertLower(lower, m, lowerInverse);
			// full = G' inner G with G = L_k^{-1}
			for (int a = 0; a < m; a++) {
				for (int b = 0; b < m; b++) {
					double sum = 0;
					for (int c = a; c < m; c++) {
						for (int d = b; d < m; d++) {
							sum += lowerInverse[c * m + a] * inner[c * m + d] * lowerInverse[d * m + b];
						}
					}
					full[a * m + b] = sum;
				}
			}
			for (int i = 0; i < l.blockTerms.length; i++) {
				int nc = l.terms.get(l.blockTerms[i]).columnCount();
				int offset = l.blockOffsets[i];
				for (int a = 0; a < nc; a++) {
					for (int b = 0; b < nc; b++) {
						blocks[i][a * nc + b] = full[(offset + a) * m + offset + b];
					}
				}
				sink.accept(l.blockTerms[i], k, blocks[i]);
			}
		}
	}

	/**
	 * {@code I + V_k V_k'} where row a of {@code V_k} is {@code W} times row a of the
	 * level's eliminated coupling over the included columns.
	 */
	private void innerProduct(BlockedSolver.Factors factors, int k, double[] inner) {
		int m = this.layout.blockSize;
		int n = this.included;
		int start = this.products.couplingStart[k];
		int count = this.products.couplingStart[k + 1] - start;
		int[] columns = this.products.couplingColumns;
		double[] eliminated = factors.eliminated();
		double[][] transposed = this.inverse.transposed();
		int lowest = (count > 0) ? Math.min(columns[start], n) : n;
		double[] v = this.column;
		for (int a = 0; a < m; a++) {
			int offset = a * n;
			Arrays.fill(v, offset + lowest, offset + n, 0.0);
			for (int c = 0; c < count && columns[start + c] < n; c++) {
				int x = columns[start + c];
				double value = eliminated[start * m + a * count + c];
				if (value == 0.0) {
					continue;
				}
				double[] source = transposed[x];
				if (offset == 0) {
					for (int i = x; i < n; i++) {
						v[i] += value * source[i];
					}
				}
				else {
					for (int i = x; i < n; i++) {
						v[offset + i] += value * source[i];
					}
				}
			}
		}
		for (int a = 0; a < m; a++) {
			for (int b = 0; b <= a; b++) {
				double value = ((a == b) ? 1.0 : 0.0) + dot(v, a * n, b * n, lowest, n);
				inner[a * m + b] = value;
				inner[b * m + a] = value;
			}
		}
	}

	private static double dot(double[] x, double[] y, int from, int to) {
		double s0 = 0;
		double s1 = 0;
		double s2 = 0;
		double s3 = 0;
		int i = from;
		for (; i + 3 < to; i += 4) {
			s0 += x[i] * y[i];
			s1 += x[i + 1] * y[i + 1];
			s2 += x[i + 2] * y[i + 2];
			s3 += x[i + 3] * y[i + 3];
		}
		for (; i < to; i++) {
			s0 += x[i] * y[i];
		}
		return (s0 + s1) + (s2 + s3);
	}

	private static double dot(double[] values, int x, int y, int from, int to) {
		double s0 = 0;
		double s1 = 0;
		int i = from;
		for (; i + 1 < to; i += 2) {
			s0 += values[x + i] * values[y + i];
			s1 += values[x + i + 1] * values[y + i + 1];
		}
		for (; i < to; i++) {
			s0 += values[x + i] * values[y + i];
		}
		return s0 + s1;
	}

	/** The level's block factor {@code L_k}, row by row. */
	private void blockFactor(BlockedSolver.Factors factors, int k, double[] lower) {
		int m = this.layout.blockSize;
		System.arraycopy(factors.blocks(), k * m * m, lower, 0, m * m);
		for (int a = 0; a < m; a++) {
			for (int b = a + 1; b < m; b++) {
				lower[a * m + b] = 0.0;
			}
		}
	}

	private static void invertLower(double[] lower, int m, double[] result) {
		Arrays.fill(result, 0.0);
		for (int c = 0; c < m; c++) {
			for (int i = c; i < m; i++) {
				double sum = (i == c) ? 1.0 : 0.0;
				for (int a = c; a < i; a++) {
					sum -= lower[i * m + a] * result[a * m + c];
				}
				result[i * m + c] = sum / lower[i * m + i];
			}
		}
	}

}
