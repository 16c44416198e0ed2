package org.alliance.insight.internal;

import java.util.function.ToDoubleFunction;

/**
 * Minimises the profiled criterion over θ in two phases: a bounded Nelder-Mead search to
 * a loose tolerance, which is robust far from the optimum, then Newton steps on
 * finite-difference derivatives, which are fast near it. When the scaled gradient
 * afterwards is still not small, a tight simplex search restarts from there and Newton
 * polishes again. The derivatives of the last check are returned for lme4's convergence
 * diagnostics.
 */
public final class ThetaOptimizer {

	private static final BoundedNelderMead.Tolerance LOOSE = new BoundedNelderMead.Tolerance(1e-7, 1e-2, 20_000);

	private static final BoundedNelderMead.Tolerance TIGHT = new BoundedNelderMead.Tolerance(1e-12, 1e-6, 20_000);

	/**
	 * Scaled gradient below which the polished optimum is accepted without a second
	 * search.
	 */
	private static final double ACCEPTED_GRADIENT = 1e-5;

	private ThetaOptimizer() {
	}

	/**
	 * The optimum and the derivatives there.
	 *
	 * @param result the best point
	 * @param derivatives the finite-difference gradient and Hessian at it
	 */
	public record Optimum(BoundedNelderMead.Result result, FiniteDifferences derivatives) {
	}

	/**
	 * Minimises.
	 * @param objective the criterion, +∞ where undefined
	 * @param start lme4's start
	 * @param lower the bounds
	 * @return the optimum, never null
	 */
	public static Optimum minimize(ToDoubleFunction<double[]> objective, double[] start, double[] lower) {
		BoundedNelderMead.Result simplex = new BoundedNelderMead(objective, lower, LOOSE).minimize(start, 0.25);
		BoundedNelderMead.Result result = NewtonPolish.polish(objective, simplex, lower);
		FiniteDifferences derivatives = FiniteDifferences.at(objective, result.point(), result.value(), lower);
		if (derivatives.maxScaledGradient() > ACCEPTED_GRADIENT) {
			simplex = new BoundedNelderMead(objective, lower, TIGHT).minimize(result.point(), 0.05);
			result = NewtonPolish.polish(objective, simplex, lower);
			derivatives = FiniteDifferences.at(objective, result.point(), result.value(), lower);
		}
		return new Optimum(result, derivatives);
	}

}
