package org.alliance.insight.internal;

import java.util.function.ToDoubleFunction;

/**
 * Minimises the profiled criterion over θ. A trust-region quasi-Newton search
 * ({@link GradientTrustRegion}) goes first, on the exact gradient when the penalised
 * system gives it ({@link BlockedSystem}) and on finite differences otherwise; its
 * optimum is accepted when the check below finds its scaled gradient small. Otherwise the
 * search continues derivative-free in two phases: a bounded Nelder-Mead search to a loose
 * tolerance, which is robust far from the optimum, then Newton steps on finite-difference
 * derivatives, which are fast near it. When the scaled gradient afterwards is still not
 * small, a tight simplex search restarts from there and Newton polishes again. The
 * derivatives of the last check are returned for lme4's convergence diagnostics.
 */
public final class ThetaOptimizer {

	private static final BoundedNelderMead.Tolerance LOOSE = new BoundedNelderMead.Tolerance(1e-7, 1e-2, 20_000);

	private static final BoundedNelderMead.Tolerance TIGHT = new BoundedNelderMead.Tolerance(1e-12, 1e-6, 20_000);

	/**
	 * Scaled gradient below which the polished optimum is accepted without a second
	 * search.
	 */
	private static final double ACCEPTED_GRADIENT = 1e-5;

	/** A scaled variance parameter below this is tried at zero after the search. */
	private static final double SNAP = 1e-4;

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
		return minimize(objective, null, start, lower, scale);
	}

	/**
	 * The criterion with its gradient.
	 */
	@FunctionalInterface
	public interface Gradient {

		/**
		 * Evaluates.
		 * @param theta θ
		 * @param gradient receives the gradient over θ, NaN where not available
		 * @return the criterion, +∞ where undefined
		 */
		double valueAndGradient(double[] theta, double[] gradient);

		/**
		 * The criterion's derivatives at a point, from gradients, for the check of the
		 * optimum.
		 * @param theta θ
		 * @param lower the bounds
		 * @return the derivatives, or null to fall back to finite differences of the
		 * criterion
		 */
		default FiniteDifferences differences(double[] theta, double[] lower) {
			return null;
		}

	}

	/**
	 * Minimises.
	 * @param objective the criterion, +∞ where undefined
	 * @param gradient the criterion and its exact gradient, or null for finite
	 * differences
	 * @param start lme4's start
	 * @param lower the bounds (0 or −∞)
	 * @param scale a positive scale per element of θ (see above)
	 * @return the optimum in θ, never null
	 */
	public static Optimum minimize(ToDoubleFunction<double[]> objective, Gradient gradient, double[] start,
			double[] lower, double[] scale) {
		ToDoubleFunction<double[]> scaled = (phi) -> objective.applyAsDouble(divide(phi, scale));
		LogScale log = new LogScale(lower);
		double[] unbounded = new double[lower.length];
		java.util.Arrays.fill(unbounded, Double.NEGATIVE_INFINITY);
		BoundedNelderMead.Result searched = GradientTrustRegion.minimize(log.objective(scaled, gradient, scale),
				log.from(start), unbounded, 1.0);
		BoundedNelderMead.Result found = snapToBounds(scaled, log.result(searched), lower);
		if (found.converged() && !onBoundary(found.point(), lower)) {
			Optimum optimum = inTheta(objective, gradient, found, lower, scale);
			if (optimum.derivatives().maxScaledGradient() <= ACCEPTED_GRADIENT) {
				return optimum;
			}
		}
		boolean started = Double.isFinite(found.value());
		BoundedNelderMead.Result result = derivativeFree(scaled, started ? found.point() : start, lower);
		if (started && onBoundary(found.point(), lower)) {
			// a singular optimum may be a face the quasi-Newton path fell onto: compare
			// with lme4's own path, a simplex from its start
			BoundedNelderMead.Result fromStart = derivativeFree(scaled, start, lower);
			if (fromStart.value() < result.value()) {
				result = fromStart;
			}
		}
		Optimum optimum = inTheta(objective, gradient, result, lower, scale);
		if (optimum.derivatives().maxScaledGradient() > ACCEPTED_GRADIENT) {
			BoundedNelderMead.Result simplex = new BoundedNelderMead(scaled, lower, TIGHT).minimize(result.point(),
					0.05);
			result = NewtonPolish.polish(scaled, simplex, lower);
			optimum = inTheta(objective, gradient, result, lower, scale);
		}
		return optimum;
	}

	/** A loose simplex search polished by Newton steps on finite differences. */
	private static BoundedNelderMead.Result derivativeFree(ToDoubleFunction<double[]> scaled, double[] from,
			double[] lower) {
		BoundedNelderMead.Result simplex = new BoundedNelderMead(scaled, lower, LOOSE).minimize(from, 0.25);
		return NewtonPolish.polish(scaled, simplex, lower);
	}

	/**
	 * Whether a variance parameter is on its bound: a singular fit, where the criterion
	 * often has several local optima along the boundary and derivatives do not exist, so
	 * that the derivative-free search explores from the point found.
	 */
	private static boolean onBoundary(double[] point, double[] lower) {
		for (int i = 0; i < point.length; i++) {
			if (point[i] <= lower[i] + FiniteDifferences.BOUNDARY) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A coordinate the search left just above its bound (a variance whose optimum is
	 * zero, which the logarithmic search approaches without reaching) is put on the bound
	 * when that is no worse, so that the fit is recognised as singular, as lme4 reports
	 * it.
	 */
	private static BoundedNelderMead.Result snapToBounds(ToDoubleFunction<double[]> scaled,
			BoundedNelderMead.Result result, double[] lower) {
		double[] point = result.point();
		double value = result.value();
		for (int i = 0; i < point.length; i++) {
			double gap = point[i] - lower[i];
			if (gap > 0 && gap < SNAP) {
				double[] snapped = point.clone();
				snapped[i] = lower[i];
				double snappedValue = scaled.applyAsDouble(snapped);
				if (snappedValue <= value) {
					point = snapped;
					value = snappedValue;
				}
			}
		}
		return new BoundedNelderMead.Result(point, value, result.evaluations(), result.converged());
	}

	/**
	 * The quasi-Newton search's coordinates: {@code u = log φ} for the diagonal elements
	 * of the templates (those bounded below by zero), {@code u = φ} for the others, with
	 * {@code φ = θ · scale}. A variance parameter moves over orders of magnitude on the
	 * way to its optimum (InstEval's department, from lme4's start of 1 to 0.08), and the
	 * criterion is far closer to quadratic in its logarithm; the search needs about half
	 * the gradients it needs in φ. The bound at zero becomes minus infinity, approached
	 * but not reached: {@link #snapToBounds} settles it.
	 */
	private static final class LogScale {

		private final boolean[] logarithmic;

		LogScale(double[] lower) {
			this.logarithmic = new boolean[lower.length];
			for (int i = 0; i < lower.length; i++) {
				this.logarithmic[i] = lower[i] == 0;
			}
		}

		double[] from(double[] phi) {
			double[] u = phi.clone();
			for (int i = 0; i < u.length; i++) {
				if (this.logarithmic[i]) {
					u[i] = Math.log(Math.max(phi[i], Double.MIN_NORMAL));
				}
			}
			return u;
		}

		double[] phi(double[] u) {
			double[] phi = u.clone();
			for (int i = 0; i < u.length; i++) {
				if (this.logarithmic[i]) {
					phi[i] = Math.exp(u[i]);
				}
			}
			return phi;
		}

		BoundedNelderMead.Result result(BoundedNelderMead.Result searched) {
			return new BoundedNelderMead.Result(phi(searched.point()), searched.value(), searched.evaluations(),
					searched.converged());
		}

		/**
		 * The criterion over u, its gradient {@code ∂/∂θ ÷ scale}, times φ where
		 * logarithmic.
		 */
		GradientTrustRegion.Objective objective(ToDoubleFunction<double[]> scaled, Gradient gradient, double[] scale) {
			return new GradientTrustRegion.Objective() {
				@Override
				public double value(double[] u) {
					return scaled.applyAsDouble(phi(u));
				}

				@Override
				public double valueAndGradient(double[] u, double[] g) {
					double[] phi = phi(u);
					if (gradient == null) {
						java.util.Arrays.fill(g, Double.NaN);
						return scaled.applyAsDouble(phi);
					}
					double value = gradient.valueAndGradient(divide(phi, scale), g);
					for (int i = 0; i < g.length; i++) {
						g[i] = g[i] / scale[i] * (LogScale.this.logarithmic[i] ? phi[i] : 1.0);
					}
					return value;
				}
			};
		}

	}

	/** Maps a result back to θ and differentiates there, so diagnostics are lme4's. */
	private static Optimum inTheta(ToDoubleFunction<double[]> objective, Gradient gradient,
			BoundedNelderMead.Result result, double[] lower, double[] scale) {
		double[] theta = divide(result.point(), scale);
		BoundedNelderMead.Result mapped = new BoundedNelderMead.Result(theta, result.value(), result.evaluations(),
				result.converged());
		FiniteDifferences derivatives = (gradient != null) ? gradient.differences(theta, lower) : null;
		return new Optimum(mapped,
				(derivatives != null) ? derivatives : FiniteDifferences.at(objective, theta, result.value(), lower));
	}

	private static double[] divide(double[] values, double[] scale) {
		double[] result = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			result[i] = values[i] / scale[i];
		}
		return result;
	}

}
