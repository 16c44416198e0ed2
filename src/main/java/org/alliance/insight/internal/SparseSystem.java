package org.alliance.insight.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ejml.data.DMatrixSparseCSC;
import org.ejml.data.DMatrixSparseTriplet;
import org.ejml.ops.DConvertMatrixStruct;
import org.ejml.sparse.csc.CommonOps_DSCC;
import org.ejml.sparse.csc.decomposition.chol.CholeskyUpLooking_DSCC;
import org.ejml.sparse.csc.misc.TriangularSolver_DSCC;

/**
 * The penalised system for any design, crossed or nested, as lme4 forms it: the augmented
 * matrix {@code Λ̃'[Z X y]'[Z X y]Λ̃ + diag(I_q, 0)} in compressed sparse columns,
 * factored by EJML's up-looking sparse Cholesky. Its symbolic analysis is kept between
 * evaluations since the pattern does not change with θ. Slower than {@link BlockedSystem}
 * on large nested data, it serves designs whose non-nested part is large and checks the
 * blocked path in tests.
 */
public final class SparseSystem implements PenalizedSystem {

	private final List<RandomEffectTerm> terms;

	private final RelativeCovariance covariance;

	private final int q;

	private final int p;

	private final int size;

	private final DMatrixSparseCSC gram;

	private final DMatrixSparseCSC identity;

	private final CholeskyUpLooking_DSCC cholesky = new CholeskyUpLooking_DSCC();

	/**
	 * Computes the cross products.
	 * @param frame the model frame
	 */
	public SparseSystem(ModelFrame frame) {
		this.terms = frame.terms();
		this.covariance = new RelativeCovariance(this.terms);
		this.q = this.terms.stream().mapToInt((t) -> t.levelCount() * t.columnCount()).sum();
		this.p = frame.fixedCount();
		this.size = this.q + this.p + 1;
		this.gram = crossProducts(frame);
		DMatrixSparseTriplet unit = new DMatrixSparseTriplet(this.size, this.size, this.q);
		for (int i = 0; i < this.q; i++) {
			unit.addItem(i, i, 1.0);
		}
		this.identity = DConvertMatrixStruct.convert(unit, (DMatrixSparseCSC) null);
	}

	private DMatrixSparseCSC crossProducts(ModelFrame frame) {
		Map<Long, double[]> sums = new HashMap<>();
		int[] columns = new int[this.size];
		double[] values = new double[this.size];
		for (int row = 0; row < frame.rows(); row++) {
			int n = rowEntries(frame, row, columns, values);
			for (int a = 0; a < n; a++) {
				for (int b = 0; b < n; b++) {
					long key = (long) columns[a] * this.size + columns[b];
					sums.computeIfAbsent(key, (k) -> new double[1])[0] += values[a] * values[b];
				}
			}
		}
		DMatrixSparseTriplet triplet = new DMatrixSparseTriplet(this.size, this.size, sums.size());
		sums.forEach((key, sum) -> triplet.addItem((int) (key / this.size), (int) (key % this.size), sum[0]));
		return DConvertMatrixStruct.convert(triplet, (DMatrixSparseCSC) null);
	}

	private int rowEntries(ModelFrame frame, int row, int[] columns, double[] values) {
		int n = 0;
		int offset = 0;
		for (RandomEffectTerm term : this.terms) {
			int nc = term.columnCount();
			int first = offset + term.levelOfRow()[row] * nc;
			for (int c = 0; c < nc; c++) {
				columns[n] = first + c;
				values[n++] = term.value(row, c);
			}
			offset += term.levelCount() * nc;
		}
		for (int c = 0; c < this.p; c++) {
			columns[n] = this.q + c;
			values[n++] = frame.x()[row * this.p + c];
		}
		columns[n] = this.size - 1;
		values[n++] = frame.y()[row];
		return n;
	}

	@Override
	public Factorization factor(double[] theta) {
		DMatrixSparseCSC lower = decompose(theta);
		return (lower == null) ? Factorization.FAILED : factorization(lower);
	}

	private Factorization factorization(DMatrixSparseCSC lower) {
		double logDetL = 0;
		double logDetRX = 0;
		for (int j = 0; j < this.size - 1; j++) {
			double log = 2 * Math.log(lower.get(j, j));
			if (j < this.q) {
				logDetL += log;
			}
			else {
				logDetRX += log;
			}
		}
		double root = lower.get(this.size - 1, this.size - 1);
		return new Factorization(logDetL, logDetRX, root * root, fixedCovariance(lower));
	}

	/** {@code (R_X'R_X)^{-1}} from the factor's X block. */
	private double[] fixedCovariance(DMatrixSparseCSC lower) {
		double[][] dense = new double[this.p][];
		for (int i = 0; i < this.p; i++) {
			dense[i] = new double[i + 1];
			for (int j = 0; j <= i; j++) {
				dense[i][j] = lower.get(this.q + i, this.q + j);
			}
		}
		return BlockedBackSubstitution.inverseOfProduct(dense, 0, this.p);
	}

	private DMatrixSparseCSC decompose(double[] theta) {
		DMatrixSparseCSC lambda = lambda(theta);
		DMatrixSparseCSC scaled = CommonOps_DSCC.mult(this.gram, lambda, null);
		DMatrixSparseCSC transposed = CommonOps_DSCC.transpose(lambda, null, null);
		DMatrixSparseCSC system = CommonOps_DSCC.mult(transposed, scaled, null);
		DMatrixSparseCSC penalized = new DMatrixSparseCSC(this.size, this.size);
		CommonOps_DSCC.add(1.0, system, 1.0, this.identity, penalized, null, null);
		if (!this.cholesky.decompose(penalized)) {
			return null;
		}
		DMatrixSparseCSC lower = this.cholesky.getL();
		for (int j = 0; j < this.size; j++) {
			double diagonal = lower.get(j, j);
			if (!(diagonal > 0) || Double.isNaN(diagonal)) {
				return null;
			}
		}
		return lower;
	}

	/**
	 * {@code Λ̃ = diag(Λ_θ, I_p, 1)}; {@code Λ_θ} repeats each term's template per level.
	 */
	private DMatrixSparseCSC lambda(double[] theta) {
		DMatrixSparseTriplet triplet = new DMatrixSparseTriplet(this.size, this.size, this.size * 2);
		int offset = 0;
		for (int t = 0; t < this.terms.size(); t++) {
			int nc = this.terms.get(t).columnCount();
			double[] template = this.covariance.template(theta, t);
			for (int level = 0; level < this.terms.get(t).levelCount(); level++) {
				for (int a = 0; a < nc; a++) {
					for (int b = 0; b <= a; b++) {
						if (template[a * nc + b] != 0.0) {
							triplet.addItem(offset + a, offset + b, template[a * nc + b]);
						}
					}
				}
				offset += nc;
			}
		}
		for (int i = this.q; i < this.size; i++) {
			triplet.addItem(i, i, 1.0);
		}
		return DConvertMatrixStruct.convert(triplet, (DMatrixSparseCSC) null);
	}

	/** Largest random-effects part whose exact gradient is computed column by column. */
	private static final int MAX_DIFFERENTIATED = 2000;

	@Override
	public boolean differentiable() {
		return this.q <= MAX_DIFFERENTIATED;
	}

	/**
	 * The gradients of {@link BlockedGradient}'s formulas, with the inverse's diagonal
	 * blocks from columns of {@code L^{-1}} (over the random effects, and X's columns for
	 * REML) and the modes from the factor: {@code q} sparse triangular solves, so only
	 * for a modest {@code q}.
	 */
	@Override
	public Derivatives differentiate(double[] theta, boolean reml) {
		DMatrixSparseCSC lower = decompose(theta);
		if (lower == null) {
			return new Derivatives(Factorization.FAILED, null, null);
		}
		Factorization factorization = factorization(lower);
		if (!differentiable()) {
			return new Derivatives(factorization, null, null);
		}
		double[][] inverses = new double[this.terms.size()][];
		boolean any = false;
		for (int t = 0; t < inverses.length; t++) {
			inverses[t] = BlockedGradient.lowerInverse(this.covariance.template(theta, t),
					this.terms.get(t).columnCount());
			any |= inverses[t] != null;
		}
		if (!any) {
			return new Derivatives(factorization, null, null);
		}
		double[] z = new double[this.size];
		z[this.size - 1] = -lower.get(this.size - 1, this.size - 1);
		TriangularSolver_DSCC.solveTranL(lower, z);
		double[][] inverseSums = new double[this.terms.size()][];
		double[][] modeSums = new double[this.terms.size()][];
		double[][] blocks = inverseBlocks(lower, reml ? this.q + this.p : this.q);
		int offset = 0;
		for (int t = 0; t < inverses.length; t++) {
			int nc = this.terms.get(t).columnCount();
			inverseSums[t] = new double[nc * nc];
			modeSums[t] = new double[nc * nc];
			for (int level = 0; level < this.terms.get(t).levelCount(); level++) {
				for (int a = 0; a < nc; a++) {
					for (int b = 0; b < nc; b++) {
						inverseSums[t][a * nc + b] += blocks[t][level * nc * nc + a * nc + b];
						modeSums[t][a * nc + b] += z[offset + a] * z[offset + b];
					}
				}
				offset += nc;
			}
		}
		BlockedGradient.Parts parts = BlockedGradient.assemble(this.terms, inverses, inverseSums, modeSums,
				this.covariance.size());
		return new Derivatives(factorization, parts.logDet(), parts.rss());
	}

	@Override
	public double[] fixedCovariance(double[] theta) {
		return solve(theta, false).fixedCovariance();
	}

	@Override
	public Solution solve(double[] theta) {
		return solve(theta, true);
	}

	private Solution solve(double[] theta, boolean withConditional) {
		Factorization factorization = factor(theta);
		DMatrixSparseCSC lower = decompose(theta);
		if (lower == null) {
			throw new IllegalStateException("the penalised system is not positive definite at the optimum");
		}
		double[] z = new double[this.size];
		z[this.size - 1] = -lower.get(this.size - 1, this.size - 1);
		TriangularSolver_DSCC.solveTranL(lower, z);
		double[] u = Arrays.copyOfRange(z, 0, this.q);
		double[] beta = Arrays.copyOfRange(z, this.q, this.q + this.p);
		double[] fixedCovariance = fixedCovariance(lower);
		double[][] conditional = (withConditional && this.q <= 3000) ? inverseBlocks(lower, this.q) : null;
		return new Solution(factorization, beta, u, fixedCovariance, conditional);
	}

	/**
	 * Blocks of the inverse of the leading {@code included} rows of {@code LL'}
	 * ({@code (L_uu L_uu')^{-1}} for the random effects alone), from columns of
	 * {@code L^{-1}}, level by level.
	 */
	private double[][] inverseBlocks(DMatrixSparseCSC lower, int included) {
		double[][] result = new double[this.terms.size()][];
		int offset = 0;
		for (int t = 0; t < this.terms.size(); t++) {
			int nc = this.terms.get(t).columnCount();
			int levels = this.terms.get(t).levelCount();
			result[t] = new double[levels * nc * nc];
			double[][] columns = new double[nc][];
			for (int level = 0; level < levels; level++) {
				for (int a = 0; a < nc; a++) {
					columns[a] = new double[this.size];
					columns[a][offset + a] = 1.0;
					TriangularSolver_DSCC.solveL(lower, columns[a]);
				}
				for (int a = 0; a < nc; a++) {
					for (int b = 0; b < nc; b++) {
						double sum = 0;
						for (int i = 0; i < included; i++) {
							sum += columns[a][i] * columns[b][i];
						}
						result[t][level * nc * nc + a * nc + b] = sum;
					}
				}
				offset += nc;
			}
		}
		return result;
	}

}
