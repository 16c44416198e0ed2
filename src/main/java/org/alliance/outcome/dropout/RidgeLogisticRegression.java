package org.alliance.outcome.dropout;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Logistic regression with a ridge (L2) penalty on the slopes, fitted by Newton's method
 * (iteratively reweighted least squares) with a backtracking line search. It minimises
 * <pre>
 *   f(b0, b) = -(1/n) Σ [y_i η_i - log(1 + e^η_i)] + (λ/2) Σ_j b_j²,   η_i = b0 + x_i'b
 * </pre> the scaling glmnet uses (Friedman, Hastie &amp; Tibshirani 2010, J Stat Softw
 * 33(1)), so that a penalty means the same for a cross-validation fold as for the whole
 * table. The intercept is not penalised. With λ = 0 this is the maximum-likelihood fit
 * R's {@code glm(family = binomial)} finds; for λ &gt; 0 the objective is strictly convex
 * in the slopes and the fit exists even when the outcome is separated.
 */
public final class RidgeLogisticRegression {

	private static final int MAX_ITERATIONS = 100;

	private static final int MAX_HALVINGS = 40;

	/** Steps smaller than this, relative to the coefficients, end the iteration. */
	private static final double STEP_TOLERANCE = 1e-12;

	private RidgeLogisticRegression() {
	}

	/**
	 * Fits the model from zero.
	 * @param x rows of features (n × p), not changed
	 * @param y outcomes, 0 or 1
	 * @param lambda the penalty, 0 or more
	 * @return the fit, never null
	 * @throws NotConverged when Newton's method does not converge (with λ = 0: the
	 * outcome is separated by the features, so the maximum-likelihood estimate does not
	 * exist)
	 */
	public static LogisticFit fit(double[][] x, double[] y, double lambda) {
		return fit(x, y, lambda, null);
	}

	/**
	 * Fits the model from a start, e.g. the fit at a neighbouring penalty (a warm start).
	 * @param start the start, or null for zero
	 */
	public static LogisticFit fit(double[][] x, double[] y, double lambda, LogisticFit start) {
		if (!(lambda >= 0) || Double.isInfinite(lambda)) {
			throw new IllegalArgumentException("the penalty must be a finite number of 0 or more, not " + lambda);
		}
		int p = (x.length == 0) ? 0 : x[0].length;
		double[] b = new double[p + 1];
		if (start != null) {
			b[0] = start.intercept();
			System.arraycopy(start.coefficients(), 0, b, 1, p);
		}
		Problem problem = new Problem(x, y, lambda);
		double value = problem.value(b);
		for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
			double[] gradient = new double[p + 1];
			DMatrixRMaj hessian = new DMatrixRMaj(p + 1, p + 1);
			problem.derivatives(b, gradient, hessian);
			double[] step = newtonStep(hessian, gradient);
			double slope = 0;
			double largestStep = 0;
			double largestB = 0;
			for (int j = 0; j <= p; j++) {
				slope += gradient[j] * step[j];
				largestStep = Math.max(largestStep, Math.abs(step[j]));
				largestB = Math.max(largestB, Math.abs(b[j]));
			}
			double t = 1;
			double[] next = new double[p + 1];
			double nextValue = Double.NaN;
			for (int halving = 0; halving <= MAX_HALVINGS; halving++) {
				for (int j = 0; j <= p; j++) {
					next[j] = b[j] + t * step[j];
				}
				nextValue = problem.value(next);
				// Armijo's condition, with room for rounding at the optimum
				if (nextValue <= value + 1e-4 * t * slope + 1e-15 * Math.abs(value)) {
					break;
				}
				t /= 2;
			}
			b = next;
			value = nextValue;
			if (t * largestStep <= STEP_TOLERANCE * (1 + largestB)) {
				return new LogisticFit(b[0], java.util.Arrays.copyOfRange(b, 1, p + 1), iteration);
			}
		}
		throw new NotConverged(
				"the logistic regression did not converge in " + MAX_ITERATIONS + " Newton steps" + ((lambda == 0)
						? "; the outcome is probably separated by the features (a ridge penalty fixes this)" : ""));
	}

	private static double[] newtonStep(DMatrixRMaj hessian, double[] gradient) {
		int size = gradient.length;
		LinearSolverDense<DMatrixRMaj> cholesky = LinearSolverFactory_DDRM.symmPosDef(size);
		DMatrixRMaj rhs = new DMatrixRMaj(size, 1);
		for (int j = 0; j < size; j++) {
			rhs.set(j, 0, -gradient[j]);
		}
		if (!cholesky.setA(hessian)) {
			throw new NotConverged("the information matrix is singular: a feature is constant or a linear"
					+ " combination of others, or the outcome is separated");
		}
		DMatrixRMaj solution = new DMatrixRMaj(size, 1);
		cholesky.solve(rhs, solution);
		double[] step = new double[size];
		for (int j = 0; j < size; j++) {
			step[j] = solution.get(j, 0);
			if (!Double.isFinite(step[j])) {
				throw new NotConverged("the information matrix is singular: a feature is constant or a linear"
						+ " combination of others, or the outcome is separated");
			}
		}
		return step;
	}

	/** The penalised objective and its derivatives. */
	private record Problem(double[][] x, double[] y, double lambda) {

		double value(double[] b) {
			double loss = 0;
			for (int i = 0; i < this.x.length; i++) {
				double eta = eta(b, this.x[i]);
				// log(1 + e^eta) - y eta, without overflow
				loss += ((eta > 0) ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta))) - this.y[i] * eta;
			}
			double penalty = 0;
			for (int j = 1; j < b.length; j++) {
				penalty += b[j] * b[j];
			}
			return loss / this.x.length + this.lambda / 2 * penalty;
		}

		void derivatives(double[] b, double[] gradient, DMatrixRMaj hessian) {
			int n = this.x.length;
			int size = b.length;
			double[] row = new double[size];
			row[0] = 1;
			for (int i = 0; i < n; i++) {
				System.arraycopy(this.x[i], 0, row, 1, size - 1);
				double mu = LogisticFit.probability(eta(b, this.x[i]));
				double residual = this.y[i] - mu;
				double weight = mu * (1 - mu);
				for (int j = 0; j < size; j++) {
					gradient[j] -= residual * row[j];
					for (int k = 0; k <= j; k++) {
						hessian.add(j, k, weight * row[j] * row[k]);
					}
				}
			}
			for (int j = 0; j < size; j++) {
				gradient[j] /= n;
				for (int k = 0; k <= j; k++) {
					double value = hessian.get(j, k) / n + ((j == k && j > 0) ? this.lambda : 0);
					hessian.set(j, k, value);
					hessian.set(k, j, value);
				}
				if (j > 0) {
					gradient[j] += this.lambda * b[j];
				}
			}
		}

		private static double eta(double[] b, double[] row) {
			double eta = b[0];
			for (int j = 0; j < row.length; j++) {
				eta += b[j + 1] * row[j];
			}
			return eta;
		}

	}

	/** The fit does not exist or was not found; the message says why. */
	public static final class NotConverged extends RuntimeException {

		NotConverged(String message) {
			super(message);
		}

	}

}
