package org.alliance.insight.internal;

/**
 * The per-level work of {@link BlockedSystem}: eliminating each block and, at the
 * optimum, back-substituting for the fixed effects and the conditional modes and forming
 * the conditional covariances.
 */
final class BlockedSolver {

	/**
	 * Largest rest random-effects part whose inverse is formed for conditional variances.
	 */

	private final BlockLayout layout;

	private final BlockedCrossProducts products;

	private final int m;

	private final double[] lambda;

	private final double[] work;

	private final double[] block;

	private final double[] scaled;

	BlockedSolver(BlockLayout layout, BlockedCrossProducts products) {
		this.layout = layout;
		this.products = products;
		this.m = layout.blockSize;
		int widest = 0;
		for (int k = 0; k < layout.blockLevels; k++) {
			widest = Math.max(widest, products.couplingStart[k + 1] - products.couplingStart[k]);
		}
		this.lambda = new double[this.m * this.m];
		this.work = new double[this.m * Math.max(this.m, widest)];
		this.block = new double[this.m * this.m];
		this.scaled = new double[this.m * widest];
	}

	/** Storage for the block factors, kept when solving. */
	record Factors(double[] blocks, double[] eliminated) {
	}

	Factors newFactors() {
		return new Factors(new double[this.layout.blockLevels * this.m * this.m],
				new double[this.products.coupling.length]);
	}

	/**
	 * Eliminates every block from the Schur complement.
	 * @return {@code Σ log |L_k|²}, or NaN when a block is not positive definite
	 */
	double eliminateBlocks(double[][] templates, double[][] schur, Factors keep) {
		blockLambda(templates);
		double logDet = 0;
		double product = 1;
		for (int k = 0; k < this.layout.blockLevels; k++) {
			double determinant = switch (this.m) {
				case 1 -> eliminateScalar(k, templates, schur, keep);
				case 2 -> eliminatePair(k, templates, schur, keep);
				default -> eliminate(k, templates, schur, keep);
			};
			if (Double.isNaN(determinant)) {
				return Double.NaN;
			}
			// |A_k| ≥ 1 because A_k ≥ I: multiply and take one logarithm per batch, not
			// per level
			product *= determinant;
			if (product > 1e100) {
				logDet += Math.log(product);
				product = 1;
			}
		}
		return logDet + Math.log(product);
	}

	private void blockLambda(double[][] templates) {
		java.util.Arrays.fill(this.lambda, 0.0);
		for (int i = 0; i < this.layout.blockTerms.length; i++) {
			int nc = this.layout.terms.get(this.layout.blockTerms[i]).columnCount();
			int offset = this.layout.blockOffsets[i];
			double[] template = templates[this.layout.blockTerms[i]];
			for (int a = 0; a < nc; a++) {
				for (int b = 0; b < nc; b++) {
					this.lambda[(offset + a) * this.m + offset + b] = template[a * nc + b];
				}
			}
		}
	}

	/**
	 * Eliminates one block; returns its determinant {@code |A_k|}, NaN when not positive
	 * definite.
	 */
	private double eliminate(int k, double[][] templates, double[][] schur, Factors keep) {
		int m = this.m;
		int start = this.products.couplingStart[k];
		int count = this.products.couplingStart[k + 1] - start;
		SmallMatrices.congruence(this.lambda, this.products.gram, k * m * m, m, this.work, this.block);
		for (int a = 0; a < m; a++) {
			this.block[a * m + a] += 1.0;
		}
		if (!SmallMatrices.cholesky(this.block, m)) {
			return Double.NaN;
		}
		SmallMatrices.leftScale(this.lambda, this.products.coupling, start * m, m, count, this.scaled);
		rightScale(templates, start, count);
		SmallMatrices.forwardSolve(this.block, m, this.scaled, count);
		subtractOuter(schur, start, count);
		if (keep != null) {
			System.arraycopy(this.block, 0, keep.blocks(), k * m * m, m * m);
			System.arraycopy(this.scaled, 0, keep.eliminated(), start * m, m * count);
		}
		double determinant = 1;
		for (int a = 0; a < m; a++) {
			determinant *= this.block[a * m + a] * this.block[a * m + a];
		}
		return determinant;
	}

	/**
	 * The same for one random effect per level (a random intercept, the commonest case),
	 * where every block operation is a scalar one.
	 */
	private double eliminateScalar(int k, double[][] templates, double[][] schur, Factors keep) {
		int start = this.products.couplingStart[k];
		int count = this.products.couplingStart[k + 1] - start;
		double lambda = this.lambda[0];
		double determinant = lambda * lambda * this.products.gram[k] + 1.0;
		double root = Math.sqrt(determinant);
		double scale = lambda / root;
		double[] coupling = this.products.coupling;
		for (int c = 0; c < count; c++) {
			this.scaled[c] = scale * coupling[start + c];
		}
		if (this.products.couplingColumns[start] < this.layout.restRandom) {
			rightScale(templates, start, count);
		}
		subtractOuter(schur, start, count);
		if (keep != null) {
			keep.blocks()[k] = root;
			System.arraycopy(this.scaled, 0, keep.eliminated(), start, count);
		}
		return determinant;
	}

	/**
	 * The same for two random effects per level (a correlated random slope), written out:
	 * this loop runs once per client per evaluation.
	 */
	private double eliminatePair(int k, double[][] templates, double[][] schur, Factors keep) {
		int start = this.products.couplingStart[k];
		int count = this.products.couplingStart[k + 1] - start;
		double l00 = this.lambda[0];
		double l10 = this.lambda[2];
		double l11 = this.lambda[3];
		double[] gram = this.products.gram;
		double g00 = gram[4 * k];
		double g01 = gram[4 * k + 1];
		double g11 = gram[4 * k + 3];
		double w00 = g00 * l00 + g01 * l10;
		double w10 = g01 * l00 + g11 * l10;
		double a00 = l00 * w00 + l10 * w10 + 1.0;
		double a01 = (l00 * g01 + l10 * g11) * l11;
		double a11 = l11 * g11 * l11 + 1.0;
		double c00 = Math.sqrt(a00);
		double c10 = a01 / c00;
		double pivot = a11 - c10 * c10;
		if (!(pivot > 0)) {
			return Double.NaN;
		}
		double c11 = Math.sqrt(pivot);
		double[] coupling = this.products.coupling;
		int row0 = 2 * start;
		int row1 = row0 + count;
		for (int c = 0; c < count; c++) {
			this.scaled[c] = l00 * coupling[row0 + c] + l10 * coupling[row1 + c];
			this.scaled[count + c] = l11 * coupling[row1 + c];
		}
		if (this.products.couplingColumns[start] < this.layout.restRandom) {
			rightScale(templates, start, count);
		}
		for (int c = 0; c < count; c++) {
			double e0 = this.scaled[c] / c00;
			this.scaled[c] = e0;
			this.scaled[count + c] = (this.scaled[count + c] - c10 * e0) / c11;
		}
		subtractOuter(schur, start, count);
		if (keep != null) {
			double[] blocks = keep.blocks();
			blocks[4 * k] = c00;
			blocks[4 * k + 1] = 0.0;
			blocks[4 * k + 2] = c10;
			blocks[4 * k + 3] = c11;
			System.arraycopy(this.scaled, 0, keep.eliminated(), row0, 2 * count);
		}
		return a00 * pivot;
	}

	/** Scales the coupling's rest random-effect columns by their templates. */
	private void rightScale(double[][] templates, int start, int count) {
		int[] columns = this.products.couplingColumns;
		int c = 0;
		while (c < count) {
			int term = this.layout.termOfColumn[columns[start + c]];
			if (term < 0) {
				break;
			}
			int nc = this.layout.terms.get(term).columnCount();
			double[] template = templates[term];
			for (int a = 0; a < this.m; a++) {
				int row = a * count + c;
				for (int j = 0; j < nc; j++) {
					double sum = 0;
					for (int b = j; b < nc; b++) {
						sum += this.scaled[row + b] * template[b * nc + j];
					}
					this.work[j] = sum;
				}
				System.arraycopy(this.work, 0, this.scaled, row, nc);
			}
			c += nc;
		}
	}

	private void subtractOuter(double[][] schur, int start, int count) {
		int[] columns = this.products.couplingColumns;
		if (this.m == 1) {
			for (int x = 0; x < count; x++) {
				double[] row = schur[columns[start + x]];
				double ex = this.scaled[x];
				for (int y = 0; y <= x; y++) {
					row[columns[start + y]] -= ex * this.scaled[y];
				}
			}
			return;
		}
		if (this.m == 2) {
			for (int x = 0; x < count; x++) {
				double[] row = schur[columns[start + x]];
				double e0 = this.scaled[x];
				double e1 = this.scaled[count + x];
				for (int y = 0; y <= x; y++) {
					row[columns[start + y]] -= e0 * this.scaled[y] + e1 * this.scaled[count + y];
				}
			}
			return;
		}
		for (int x = 0; x < count; x++) {
			double[] row = schur[columns[start + x]];
			for (int y = 0; y <= x; y++) {
				double sum = 0;
				for (int a = 0; a < this.m; a++) {
					sum += this.scaled[a * count + x] * this.scaled[a * count + y];
				}
				row[columns[start + y]] -= sum;
			}
		}
	}

}
