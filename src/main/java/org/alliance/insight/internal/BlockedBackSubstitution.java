package org.alliance.insight.internal;

import java.util.Arrays;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.decomposition.TriangularSolver_DDRM;

/**
 * Solves the blocked system at the optimum: back-substitution through the rest factor and
 * then each block for the fixed effects and the spherical conditional modes, and the
 * covariances that the fit reports.
 */
final class BlockedBackSubstitution {

	private final BlockLayout layout;

	private final BlockedCrossProducts products;

	BlockedBackSubstitution(BlockLayout layout, BlockedCrossProducts products) {
		this.layout = layout;
		this.products = products;
	}

	/** Back-substitutes at the optimum; {@code schur} holds the rest factor. */
	Solution solve(Factorization factorization, BlockedSolver.Factors factors, double[][] schur, double[][] templates) {
		if (!factorization.succeeded()) {
			throw new IllegalStateException("the penalised system is not positive definite at the optimum");
		}
		double[] rest = restSolution(schur);
		double[] blockModes = blockSolution(factors, rest);
		double[] u = sphericalModes(rest, blockModes);
		int q = this.layout.restRandom;
		int p = this.layout.fixed;
		double[] beta = Arrays.copyOfRange(rest, q, q + p);
		double[] fixedCovariance = inverseOfProduct(schur, q, p);
		double[][] conditional = conditionalCovariances(schur, factors);
		return new Solution(factorization, beta, u, fixedCovariance, conditional);
	}

	/**
	 * Solves {@code L_S,K' x = l} for the rest unknowns, {@code l} being the response
	 * row.
	 */
	double[] restSolution(double[][] schur) {
		int r = this.layout.rest;
		int[] first = this.products.envelope;
		double[] x = new double[r - 1];
		for (int j = first[r - 1]; j < r - 1; j++) {
			x[j] = schur[r - 1][j];
		}
		for (int i = r - 2; i >= 0; i--) {
			double[] row = schur[i];
			x[i] /= row[i];
			for (int j = first[i]; j < i; j++) {
				x[j] -= row[j] * x[i];
			}
		}
		return x;
	}

	double[] blockSolution(BlockedSolver.Factors factors, double[] rest) {
		int m = this.layout.blockSize;
		double[] modes = new double[this.layout.blockLevels * m];
		double[] rhs = new double[m];
		int[] columns = this.products.couplingColumns;
		int response = this.layout.responseColumn();
		for (int k = 0; k < this.layout.blockLevels; k++) {
			int start = this.products.couplingStart[k];
			int count = this.products.couplingStart[k + 1] - start;
			int e = start * m;
			for (int a = 0; a < m; a++) {
				double sum = 0;
				for (int c = 0; c < count; c++) {
					double value = factors.eliminated()[e + a * count + c];
					sum += (columns[start + c] == response) ? value : -value * rest[columns[start + c]];
				}
				rhs[a] = sum;
			}
			SmallMatrices.backSolve(factors.blocks(), k * m * m, m, rhs);
			System.arraycopy(rhs, 0, modes, k * m, m);
		}
		return modes;
	}

	/**
	 * Per term, per level, the diagonal block of {@code (Λ'Z'ZΛ + I)^{-1}}
	 * ({@link InverseBlocks}).
	 */
	private double[][] conditionalCovariances(double[][] schur, BlockedSolver.Factors factors) {
		double[][] result = new double[this.layout.terms.size()][];
		for (int t = 0; t < result.length; t++) {
			RandomEffectTerm term = this.layout.terms.get(t);
			result[t] = new double[term.levelCount() * term.columnCount() * term.columnCount()];
		}
		new InverseBlocks(this.layout, this.products, this.layout.restRandom).compute(schur, factors,
				(term, level, block) -> System.arraycopy(block, 0, result[term], level * block.length, block.length));
		return result;
	}

	/** Orders the modes as lme4 does: term by term, level by level. */
	private double[] sphericalModes(double[] rest, double[] blockModes) {
		int total = 0;
		for (RandomEffectTerm term : this.layout.terms) {
			total += term.levelCount() * term.columnCount();
		}
		double[] u = new double[total];
		int[] termStart = new int[this.layout.terms.size()];
		for (int t = 1; t < termStart.length; t++) {
			RandomEffectTerm previous = this.layout.terms.get(t - 1);
			termStart[t] = termStart[t - 1] + previous.levelCount() * previous.columnCount();
		}
		for (int i = 0; i < this.layout.blockTerms.length; i++) {
			int t = this.layout.blockTerms[i];
			int nc = this.layout.terms.get(t).columnCount();
			for (int k = 0; k < this.layout.blockLevels; k++) {
				for (int c = 0; c < nc; c++) {
					u[termStart[t] + k * nc + c] = blockModes[k * this.layout.blockSize + this.layout.blockOffsets[i]
							+ c];
				}
			}
		}
		for (int i = 0; i < this.layout.restTerms.length; i++) {
			int t = this.layout.restTerms[i];
			RandomEffectTerm term = this.layout.terms.get(t);
			System.arraycopy(rest, this.layout.restOffsets[i], u, termStart[t], term.levelCount() * term.columnCount());
		}
		return u;
	}

	/**
	 * {@code (L L')^{-1}} for the diagonal block of the factor at {@code offset}, of the
	 * given size, via EJML's triangular inverse.
	 */
	static double[] inverseOfProduct(double[][] factor, int offset, int size) {
		DMatrixRMaj lower = new DMatrixRMaj(size, size);
		for (int i = 0; i < size; i++) {
			for (int j = 0; j <= i; j++) {
				lower.set(i, j, factor[offset + i][offset + j]);
			}
		}
		TriangularSolver_DDRM.invertLower(lower.data, size);
		DMatrixRMaj inverse = new DMatrixRMaj(size, size);
		CommonOps_DDRM.multTransA(lower, lower, inverse);
		return inverse.data;
	}

}
