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
	 * @param lower the bounds (0 or −∞)
	 * @param scale a positive scale per element of θ; the search runs over
	 * {@code θ · scale}, which puts slopes of covariates with a wide range on the same
	 * footing as intercepts
	 * @return the optimum in θ, never null
	 */
	public static Optimum minimize(ToDoubleFunction<double[]> objective, double[] start, double[] lower,
			double[] scale) {
		ToDoubleFunction<double[]> scaled = (phi) -> objective.applyAsDouble(divide(phi, scale));
		BoundedNelderMead.Result simplex = new BoundedNelderMead(scaled, lower, LOOSE).minimize(start, 0.25);
		BoundedNelderMead.Result result = NewtonPolish.polish(scaled, simplex, lower);
		Optimum optimum = inTheta(objective, result, lower, scale);
		if (optimum.derivatives().maxScaledGradient() > ACCEPTED_GRADIENT) {
			simplex = new BoundedNelderMead(scaled, lower, TIGHT).minimize(result.point(), 0.05);
			result = NewtonPolish.polish(scaled, simplex, lower);
			optimum = inTheta(objective, result, lower, scale);
		}
		return optimum;
	}

	/** Maps a result back to θ and differentiates there, so diagnostics are lme4's. */
	private static Optimum inTheta(ToDoubleFunction<double[]> objective, BoundedNelderMead.Result result,
			double[] lower, double[] scale) {
		double[] theta = divide(result.point(), scale);
		BoundedNelderMead.Result mapped = new BoundedNelderMead.Result(theta, result.value(), result.evaluations(),
				result.converged());
		return new Optimum(mapped, FiniteDifferences.at(objective, theta, result.value(), lower));
	}

	private static double[] divide(double[] values, double[] scale) {
		double[] result = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			result[i] = values[i] / scale[i];
		}
		return result;
	}

}
