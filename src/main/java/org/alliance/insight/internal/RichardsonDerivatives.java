package org.alliance.insight.internal;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import org.ejml.data.DMatrixRMaj;

/**
 * Derivatives by central differences refined with Richardson extrapolation, as the R
 * package numDeriv computes them (Gilbert &amp; Varadhan, {@code numDeriv::genD} for the
 * Hessian and {@code numDeriv::jacobian}, method "Richardson"): four step sizes, each
 * half the one before, whose estimates are combined to cancel the error terms in h², h⁴
 * and h⁶. lmerTest takes the Hessian of the deviance and the Jacobian of Var(β̂) this
 * way; where the Hessian is singular its null eigenvalues must come out near zero, which
 * plain central differences do not achieve. Steps stay above the lower bounds.
 */
final class RichardsonDerivatives {

	/** numDeriv's {@code r}: how many step sizes. */
	private static final int STEPS = 4;

	/** numDeriv's {@code zero.tol}: a coordinate this small counts as zero. */
	private static final double ZERO = Math.sqrt(Math.ulp(1.0) / 7e-7);

	/** numDeriv's {@code eps}: the step at a zero coordinate. */
	private static final double AT_ZERO = 1e-4;

	private RichardsonDerivatives() {
	}

	/**
	 * The Hessian of a scalar function ({@code genD}'s initial relative step 0.1).
	 * @param objective the function
	 * @param point where
	 * @param lower the lower bounds, the same length as point
	 * @return the symmetric Hessian
	 */
	static DMatrixRMaj hessian(ToDoubleFunction<double[]> objective, double[] point, double[] lower) {
		int k = point.length;
		double[] h0 = steps(point, lower, 0.1);
		double centre = objective.applyAsDouble(point);
		double[] diagonal = new double[k];
		DMatrixRMaj hessian = new DMatrixRMaj(k, k);
		for (int i = 0; i < k; i++) {
			double[] estimates = new double[STEPS];
			double h = h0[i];
			for (int s = 0; s < STEPS; s++, h /= 2) {
				double plus = objective.applyAsDouble(moved(point, i, h, -1, 0));
				double minus = objective.applyAsDouble(moved(point, i, -h, -1, 0));
				estimates[s] = (plus - 2 * centre + minus) / (h * h);
			}
			diagonal[i] = extrapolate(estimates);
			hessian.set(i, i, diagonal[i]);
		}
		for (int i = 0; i < k; i++) {
			for (int j = 0; j < i; j++) {
				double[] estimates = new double[STEPS];
				double hi = h0[i];
				double hj = h0[j];
				for (int s = 0; s < STEPS; s++, hi /= 2, hj /= 2) {
					double plus = objective.applyAsDouble(moved(point, i, hi, j, hj));
					double minus = objective.applyAsDouble(moved(point, i, -hi, j, -hj));
					estimates[s] = (plus - 2 * centre + minus - diagonal[i] * hi * hi - diagonal[j] * hj * hj)
							/ (2 * hi * hj);
				}
				double cross = extrapolate(estimates);
				hessian.set(i, j, cross);
				hessian.set(j, i, cross);
			}
		}
		return hessian;
	}

	/**
	 * The Jacobian of a vector function ({@code jacobian}'s initial relative step 1e-4).
	 * @param function the function
	 * @param point where
	 * @param lower the lower bounds
	 * @return {@code [output][coordinate]}
	 */
	static double[][] jacobian(Function<double[], double[]> function, double[] point, double[] lower) {
		int k = point.length;
		double[] h0 = steps(point, lower, 1e-4);
		double[][] jacobian = null;
		for (int i = 0; i < k; i++) {
			double[][] estimates = null;
			double h = h0[i];
			for (int s = 0; s < STEPS; s++, h /= 2) {
				double[] plus = function.apply(moved(point, i, h, -1, 0));
				double[] minus = function.apply(moved(point, i, -h, -1, 0));
				if (estimates == null) {
					estimates = new double[plus.length][STEPS];
				}
				for (int o = 0; o < plus.length; o++) {
					estimates[o][s] = (plus[o] - minus[o]) / (2 * h);
				}
			}
			if (jacobian == null) {
				jacobian = new double[estimates.length][k];
			}
			for (int o = 0; o < estimates.length; o++) {
				jacobian[o][i] = extrapolate(estimates[o]);
			}
		}
		return jacobian;
	}

	/** Initial steps: relative, an absolute one at zero, and never past a bound. */
	private static double[] steps(double[] point, double[] lower, double relative) {
		double[] h = new double[point.length];
		for (int i = 0; i < point.length; i++) {
			double x = point[i];
			h[i] = Math.abs(relative * x) + ((Math.abs(x) < ZERO) ? AT_ZERO : 0);
			h[i] = Math.min(h[i], (x - lower[i]) / 2);
		}
		return h;
	}

	/**
	 * Richardson's table for central differences (error in even powers of h, steps
	 * halved): each round cancels the next power of four.
	 */
	private static double extrapolate(double[] estimates) {
		double[] table = estimates.clone();
		for (int m = 1; m < STEPS; m++) {
			double factor = Math.pow(4, m);
			for (int s = 0; s < STEPS - m; s++) {
				table[s] = (table[s + 1] * factor - table[s]) / (factor - 1);
			}
		}
		return table[0];
	}

	private static double[] moved(double[] point, int a, double ha, int b, double hb) {
		double[] moved = point.clone();
		moved[a] += ha;
		if (b >= 0) {
			moved[b] += hb;
		}
		return moved;
	}

}
