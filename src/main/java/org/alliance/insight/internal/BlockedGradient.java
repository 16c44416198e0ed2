package org.alliance.insight.internal;

import java.util.Arrays;

/**
 * The exact gradient over θ of the two parts of the profiled criterion, from one blocked
 * factorisation. With {@code Λ'G = (A - I)Λ^{-1}} for {@code A = Λ'GΛ + I}:
 * <ul>
 * <li>{@code ∂ log|A| / ∂θ_e = 2 tr(Λ^{-1}∂Λ) - 2 tr(A^{-1}Λ^{-1}∂Λ)}; {@code Λ^{-1}∂Λ}
 * is block diagonal with {@code T^{-1}∂T} per level, so only the sum over levels of the
 * diagonal blocks {@code B_l} of {@code A^{-1}} is needed: for θ_e at row r, column c of
 * the template T, {@code 2 [L (T^{-1})_cr - (Σ_l B_l T^{-1})_cr]}. For REML the same
 * holds for {@code log|L|² + log|R_X|² = log|Ω|}, Ω the system with X, B then the
 * random-effects blocks of {@code Ω^{-1}}.</li>
 * <li>{@code ∂ r² / ∂θ_e = -2 û'Λ^{-1}∂Λ û = -2 (T^{-T} Σ_l û_l û_l')_rc} (envelope
 * theorem, with the normal equations {@code Λ'Z'r = û}).</li>
 * </ul>
 * {@code B_l} of the rest levels are diagonal blocks of {@code S^{-1}}, S the rest
 * factor's leading block ({@code W = L_S^{-1}}, so {@code S^{-1} = W'W}); of a blocked
 * level k, by the partitioned inverse, {@code L_k^{-T}(I + V_k'V_k)L_k^{-1}} with
 * {@code V_k = W E_k'}, {@code E_k} its eliminated coupling. The cost is one triangular
 * inverse of the rest, about one more factorisation, so a gradient costs about two
 * evaluations instead of the 2k of central differences. A term's part needs only its own
 * template to be invertible (the column blocks of {@code Λ'GΛ = A - I} are {@code Λ'G}
 * times that template), so it is defined for every term whose θ is off its boundary.
 */
final class BlockedGradient {

	private final BlockLayout layout;

	private final BlockedBackSubstitution substitution;

	private final InverseBlocks inverse;

	/**
	 * Prepares the workspace.
	 * @param layout the partition
	 * @param products the cross products
	 * @param reml whether the criterion is REML (X's columns belong to the inverse)
	 */
	BlockedGradient(BlockLayout layout, BlockedCrossProducts products, boolean reml) {
		this.layout = layout;
		this.substitution = new BlockedBackSubstitution(layout, products);
		this.inverse = new InverseBlocks(layout, products, layout.restRandom + (reml ? layout.fixed : 0));
	}

	/**
	 * The two gradients.
	 *
	 * @param logDet of {@code log|L|²} (ML) or {@code log|L|² + log|R_X|²} (REML)
	 * @param rss of the penalised residual sum of squares
	 */
	record Parts(double[] logDet, double[] rss) {
	}

	/**
	 * Differentiates at a factored θ.
	 * @param schur the rest factor
	 * @param factors the block factors and eliminated couplings
	 * @param templates the templates at θ
	 * @param covariance maps θ to templates
	 * @return the gradients, NaN over the parameters of a term whose template is singular
	 * (its formula divides by T), or null when all are
	 */
	Parts at(double[][] schur, BlockedSolver.Factors factors, double[][] templates, RelativeCovariance covariance) {
		int terms = this.layout.terms.size();
		double[][] inverses = new double[terms][];
		boolean any = false;
		for (int t = 0; t < terms; t++) {
			inverses[t] = lowerInverse(templates[t], this.layout.terms.get(t).columnCount());
			any |= inverses[t] != null;
		}
		if (!any) {
			return null;
		}
		double[] rest = this.substitution.restSolution(schur);
		double[] blockModes = this.substitution.blockSolution(factors, rest);
		double[][] modeSums = modeSums(rest, blockModes);
		double[][] inverseSums = new double[terms][];
		for (int t = 0; t < terms; t++) {
			int nc = this.layout.terms.get(t).columnCount();
			inverseSums[t] = new double[nc * nc];
		}
		this.inverse.compute(schur, factors, (term, level, block) -> {
			double[] sum = inverseSums[term];
			for (int i = 0; i < block.length; i++) {
				sum[i] += block[i];
			}
		});
		return assemble(this.layout.terms, inverses, inverseSums, modeSums, covariance.size());
	}

	/**
	 * The gradients from, per term, {@code T^{-1}} (null when singular), the sum over
	 * levels of the inverse's diagonal blocks and the sum of {@code û_l û_l'}.
	 */
	static Parts assemble(java.util.List<RandomEffectTerm> terms, double[][] inverses, double[][] inverseSums,
			double[][] modeSums, int size) {
		double[] logDet = new double[size];
		double[] rss = new double[size];
		int e = 0;
		for (int t = 0; t < terms.size(); t++) {
			RandomEffectTerm term = terms.get(t);
			int nc = term.columnCount();
			double[] tInverse = inverses[t];
			for (int c = 0; c < nc; c++) {
				for (int r = c; r < nc; r++) {
					if (tInverse == null) {
						logDet[e] = Double.NaN;
						rss[e] = Double.NaN;
						e++;
						continue;
					}
					double trace = 0;
					double modes = 0;
					for (int a = 0; a < nc; a++) {
						trace += inverseSums[t][c * nc + a] * tInverse[a * nc + r];
						modes += tInverse[a * nc + r] * modeSums[t][a * nc + c];
					}
					logDet[e] = 2 * (term.levelCount() * tInverse[c * nc + r] - trace);
					rss[e] = -2 * modes;
					e++;
				}
			}
		}
		return new Parts(logDet, rss);
	}

	/** {@code T^{-1}} row by row, or null when T has a diagonal element near zero. */
	static double[] lowerInverse(double[] template, int nc) {
		double[] result = new double[nc * nc];
		for (int c = 0; c < nc; c++) {
			if (!(Math.abs(template[c * nc + c]) > 1e-10)) {
				return null;
			}
			for (int i = c; i < nc; i++) {
				double sum = (i == c) ? 1.0 : 0.0;
				for (int a = c; a < i; a++) {
					sum -= template[i * nc + a] * result[a * nc + c];
				}
				result[i * nc + c] = sum / template[i * nc + i];
			}
		}
		return result;
	}

	/** Per term, {@code Σ_l û_l û_l'} ({@code nc × nc}). */
	private double[][] modeSums(double[] rest, double[] blockModes) {
		BlockLayout l = this.layout;
		double[][] sums = new double[l.terms.size()][];
		for (int i = 0; i < l.blockTerms.length; i++) {
			int nc = l.terms.get(l.blockTerms[i]).columnCount();
			double[] sum = new double[nc * nc];
			for (int k = 0; k < l.blockLevels; k++) {
				int first = k * l.blockSize + l.blockOffsets[i];
				addOuter(sum, blockModes, first, nc);
			}
			sums[l.blockTerms[i]] = sum;
		}
		for (int i = 0; i < l.restTerms.length; i++) {
			RandomEffectTerm term = l.terms.get(l.restTerms[i]);
			int nc = term.columnCount();
			double[] sum = new double[nc * nc];
			for (int level = 0; level < term.levelCount(); level++) {
				addOuter(sum, rest, l.restOffsets[i] + level * nc, nc);
			}
			sums[l.restTerms[i]] = sum;
		}
		return sums;
	}

	private static void addOuter(double[] sum, double[] values, int first, int nc) {
		for (int a = 0; a < nc; a++) {
			for (int b = 0; b < nc; b++) {
				sum[a * nc + b] += values[first + a] * values[first + b];
			}
		}
	}

}
