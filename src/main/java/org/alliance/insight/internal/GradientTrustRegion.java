package org.alliance.insight.internal;

import java.util.Arrays;

/**
 * Minimises a smooth function with exact gradients under lower bounds by a trust-region
 * quasi-Newton method (Nocedal &amp; Wright 2006, algorithm 4.1 with the symmetric
 * rank-one update of section 6.2): a quadratic model from the gradient and a quasi-Newton
 * Hessian, started from forward differences of the gradient, so that the first steps
 * already see the very different curvatures of the variance parameters. Coordinates on
 * their bound with the gradient pushing outwards are held fixed; a coordinate the step
 * would take across its bound goes most of the way towards it instead. Where the gradient
 * is not available (a template on its boundary) it is replaced by finite differences of
 * the function. A coordinate that ends on its bound is probed just inside, and the search
 * restarts there if that is lower, so that a variance the path happened to reach zero on
 * is not left there wrongly.
 * <p>
 * With the profiled criterion's gradient costing about two evaluations
 * ({@link BlockedGradient}), this needs a fraction of the evaluations of a
 * derivative-free search: about 25 gradients for the three variances of a crossed model
 * against some 160 simplex evaluations.
 */
public final class GradientTrustRegion {

	/** A function with its gradient. */
	public interface Objective {

		/**
		 * The function.
		 * @param x the point
		 * @return the value, +∞ where undefined
		 */
		double value(double[] x);

		/**
		 * The function and its gradient.
		 * @param x the point
		 * @param gradient receives the gradient; NaN where not available
		 * @return the value, +∞ where undefined
		 */
		double valueAndGradient(double[] x, double[] gradient);

	}

	private static final int MAX_ITERATIONS = 300;

	private static final int MAX_RESTARTS = 2;

	/** The least share of its distance to the bound a coordinate keeps in one step. */
	private static final double SHRINK = 0.25;

	/** Stop when the quasi-Newton step is below this in every coordinate. */
	private static final double STEP_TOLERANCE = 1e-8;

	/**
	 * Stop when the model promises less than this share of the function: the profiled
	 * criterion is a sum of logarithms over thousands of levels, exact to about 1e-14 of
	 * itself, so smaller changes are rounding.
	 */
	private static final double DECREASE_TOLERANCE = 1e-12;

	private final Objective objective;

	private final double[] lower;

	private final int k;

	private GradientTrustRegion(Objective objective, double[] lower) {
		this.objective = objective;
		this.lower = lower.clone();
		this.k = lower.length;
	}

	/**
	 * Minimises from a start point.
	 * @param objective the function and gradient
	 * @param start the start, projected onto the bounds
	 * @param lower the lower bounds ({@code -∞} for free coordinates)
	 * @param radius the initial trust-region radius
	 * @return the best point found; not converged when the iteration limit was reached or
	 * the function was not finite at the start
	 */
	public static BoundedNelderMead.Result minimize(Objective objective, double[] start, double[] lower,
			double radius) {
		return new GradientTrustRegion(objective, lower).run(start, radius);
	}

	private BoundedNelderMead.Result run(double[] start, double radius) {
		double[] x = project(start.clone());
		BoundedNelderMead.Result result = null;
		for (int restart = 0; restart <= MAX_RESTARTS; restart++) {
			result = search(x, radius);
			double[] inside = betterInside(result);
			if (inside == null) {
				return result;
			}
			x = inside;
		}
		return result;
	}

	private BoundedNelderMead.Result search(double[] start, double initialRadius) {
		double[] x = start;
		double[] g = new double[this.k];
		double fx = valueAndGradient(x, g);
		if (!Double.isFinite(fx)) {
			return new BoundedNelderMead.Result(x, fx, 0, false);
		}
		double[] h = initialHessian(x, g);
		double radius = initialRadius;
		for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
			boolean[] free = free(x, g);
			double[] newton = newtonStep(g, h, free);
			if (newton != null && maxAbs(newton) < STEP_TOLERANCE) {
				return new BoundedNelderMead.Result(x, fx, iteration, true);
			}
			if (newton != null
					&& -(dot(g, newton) + 0.5 * quadratic(h, newton)) < DECREASE_TOLERANCE * (1 + Math.abs(fx))) {
				return new BoundedNelderMead.Result(x, fx, iteration, true);
			}
			double[] s = TrustRegionStep.solve(g, h, free, radius);
			double[] trial = x.clone();
			for (int i = 0; i < this.k; i++) {
				trial[i] = Math.max(x[i] + s[i], inside(x[i], this.lower[i]));
				s[i] = trial[i] - x[i];
			}
			double length = norm(s);
			double predicted = -(dot(g, s) + 0.5 * quadratic(h, s));
			if (length == 0 || !(predicted > 0)) {
				if (radius < 1e-12) {
					return new BoundedNelderMead.Result(x, fx, iteration, true);
				}
				radius /= 4;
				continue;
			}
			double[] gt = new double[this.k];
			double ft = valueAndGradient(trial, gt);
			double ratio = (fx - ft) / predicted;
			if (Double.isFinite(ft)) {
				update(h, s, difference(gt, g));
			}
			if (ratio > 0.75 && length > 0.8 * radius) {
				radius *= 2;
			}
			else if (!(ratio > 0.25)) {
				radius = length / 4;
			}
			if (ft < fx) {
				boolean negligible = fx - ft <= DECREASE_TOLERANCE * (1 + Math.abs(fx));
				x = trial;
				fx = ft;
				g = gt;
				if (negligible && length < 1e-6) {
					return new BoundedNelderMead.Result(x, fx, iteration, true);
				}
			}
			else if (radius < 1e-12) {
				return new BoundedNelderMead.Result(x, fx, iteration, true);
			}
		}
		return new BoundedNelderMead.Result(x, fx, MAX_ITERATIONS, false);
	}

	/**
	 * The least a bounded coordinate may become in one step: a quarter of its distance to
	 * the bound. A long quasi-Newton step that takes the diagonal of a template to or
	 * near zero puts the search on a face of the box where the template is singular, and
	 * from there it can settle in a poor local optimum (on InstEval's shape, a random
	 * slope with correlated intercept went to a fit 430 units of deviance worse than
	 * lme4's); shrinking by at most four per step still reaches a variance whose optimum
	 * is zero geometrically, after which the simplex of {@link ThetaOptimizer} settles
	 * the boundary.
	 */
	private static double inside(double x, double lower) {
		if (lower == Double.NEGATIVE_INFINITY) {
			return lower;
		}
		return (x > lower) ? lower + SHRINK * (x - lower) : lower;
	}

	/**
	 * A point just inside a bound the result sits on where the function is lower, or
	 * null.
	 */
	private double[] betterInside(BoundedNelderMead.Result result) {
		double[] best = null;
		double bestValue = result.value();
		for (int i = 0; i < this.k; i++) {
			if (result.point()[i] == this.lower[i]) {
				double[] probe = result.point().clone();
				probe[i] += 1e-3 * Math.max(1, Math.abs(this.lower[i]));
				double value = this.objective.value(probe);
				if (value < bestValue) {
					best = probe;
					bestValue = value;
				}
			}
		}
		return best;
	}

	private double valueAndGradient(double[] x, double[] g) {
		double value = this.objective.valueAndGradient(x, g);
		if (!Double.isFinite(value)) {
			return value;
		}
		for (int i = 0; i < this.k; i++) {
			if (Double.isNaN(g[i])) {
				g[i] = finiteDifference(x, value, i);
			}
		}
		return value;
	}

	/** Central where the bound allows, forward on it. */
	private double finiteDifference(double[] x, double value, int i) {
		double h = 1e-6 * Math.max(1, Math.abs(x[i]));
		double[] plus = x.clone();
		plus[i] += h;
		double up = this.objective.value(plus);
		if (x[i] - h < this.lower[i]) {
			return (up - value) / h;
		}
		double[] minus = x.clone();
		minus[i] -= h;
		return (up - this.objective.value(minus)) / (2 * h);
	}

	/**
	 * Forward differences of the gradient, symmetrised; a scaled identity if unusable.
	 */
	private double[] initialHessian(double[] x, double[] g) {
		double[] h = new double[this.k * this.k];
		for (int i = 0; i < this.k; i++) {
			double step = 1e-4 * Math.max(1, Math.abs(x[i]));
			double[] moved = x.clone();
			moved[i] += step;
			double[] gm = new double[this.k];
			double value = valueAndGradient(moved, gm);
			for (int j = 0; j < this.k; j++) {
				h[j * this.k + i] = Double.isFinite(value) ? (gm[j] - g[j]) / step : Double.NaN;
			}
		}
		boolean usable = true;
		for (int i = 0; i < this.k; i++) {
			for (int j = 0; j < i; j++) {
				double mean = (h[i * this.k + j] + h[j * this.k + i]) / 2;
				h[i * this.k + j] = mean;
				h[j * this.k + i] = mean;
			}
			usable &= h[i * this.k + i] > 0 && Arrays.stream(h).allMatch(Double::isFinite);
		}
		if (!usable) {
			Arrays.fill(h, 0.0);
			double scale = Math.max(norm(g), 1e-8);
			for (int i = 0; i < this.k; i++) {
				h[i * this.k + i] = scale;
			}
		}
		return h;
	}

	/**
	 * The symmetric rank-one update, skipped when its denominator is tiny (Nocedal &amp;
	 * Wright 2006, section 6.2). Unlike BFGS it can learn negative curvature, which the
	 * profiled criterion has where a variance is well above its optimum (the determinant
	 * term grows like a logarithm there), so the trust region, not a convex model, limits
	 * the steps.
	 */
	private void update(double[] h, double[] s, double[] y) {
		double[] r = new double[this.k];
		for (int i = 0; i < this.k; i++) {
			r[i] = y[i];
			for (int j = 0; j < this.k; j++) {
				r[i] -= h[i * this.k + j] * s[j];
			}
		}
		double rs = dot(r, s);
		if (Math.abs(rs) < 1e-8 * norm(r) * norm(s)) {
			return;
		}
		for (int i = 0; i < this.k; i++) {
			for (int j = 0; j < this.k; j++) {
				h[i * this.k + j] += r[i] * r[j] / rs;
			}
		}
	}

	private boolean[] free(double[] x, double[] g) {
		boolean[] free = new boolean[this.k];
		for (int i = 0; i < this.k; i++) {
			free[i] = !(x[i] <= this.lower[i] && g[i] > 0);
		}
		return free;
	}

	/** {@code H^{-1} g} over the free coordinates, null when H is not positive there. */
	private double[] newtonStep(double[] g, double[] h, boolean[] free) {
		if (!positiveDefinite(h, free)) {
			return null;
		}
		double[] step = TrustRegionStep.solve(g, h, free, Double.MAX_VALUE);
		for (double value : step) {
			if (!Double.isFinite(value)) {
				return null;
			}
		}
		return step;
	}

	/** Cholesky of H over the free coordinates. */
	private boolean positiveDefinite(double[] h, boolean[] free) {
		int[] index = new int[this.k];
		int n = 0;
		for (int i = 0; i < this.k; i++) {
			if (free[i]) {
				index[n++] = i;
			}
		}
		double[] lower = new double[n * n];
		for (int a = 0; a < n; a++) {
			for (int b = 0; b <= a; b++) {
				double sum = h[index[a] * this.k + index[b]];
				for (int c = 0; c < b; c++) {
					sum -= lower[a * n + c] * lower[b * n + c];
				}
				if (a == b) {
					if (!(sum > 0)) {
						return false;
					}
					lower[a * n + a] = Math.sqrt(sum);
				}
				else {
					lower[a * n + b] = sum / lower[b * n + b];
				}
			}
		}
		return true;
	}

	private double[] project(double[] x) {
		for (int i = 0; i < this.k; i++) {
			x[i] = Math.max(this.lower[i], x[i]);
		}
		return x;
	}

	private double quadratic(double[] h, double[] s) {
		double sum = 0;
		for (int i = 0; i < this.k; i++) {
			for (int j = 0; j < this.k; j++) {
				sum += s[i] * h[i * this.k + j] * s[j];
			}
		}
		return sum;
	}

	private static double[] difference(double[] a, double[] b) {
		double[] result = new double[a.length];
		for (int i = 0; i < a.length; i++) {
			result[i] = a[i] - b[i];
		}
		return result;
	}

	private static double dot(double[] a, double[] b) {
		double sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += a[i] * b[i];
		}
		return sum;
	}

	private static double norm(double[] a) {
		return Math.sqrt(dot(a, a));
	}

	private static double maxAbs(double[] a) {
		double max = 0;
		for (double value : a) {
			max = Math.max(max, Math.abs(value));
		}
		return max;
	}

}
