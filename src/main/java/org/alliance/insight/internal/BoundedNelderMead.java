package org.alliance.insight.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.ToDoubleFunction;

/**
 * Derivative-free minimisation by the Nelder-Mead simplex (Lagarias et al. 1998
 * coefficients: reflection 1, expansion 2, contraction ½, shrink ½) with simple lower
 * bounds, enforced by projecting every trial point onto the box, as lme4's own
 * {@code Nelder_Mead} does. After convergence the search restarts from the best point
 * with a fresh, smaller simplex until a restart no longer improves, which guards against
 * the simplex collapsing early.
 */
public final class BoundedNelderMead {

	private final ToDoubleFunction<double[]> objective;

	private final double[] lower;

	private final Tolerance tolerance;

	private int evaluations;

	/**
	 * When to stop.
	 *
	 * @param relativeValue stop when the simplex's values agree to this relative spread
	 * @param position and its vertices agree to this distance
	 * @param maxEvaluations give up after this many evaluations
	 */
	public record Tolerance(double relativeValue, double position, int maxEvaluations) {
	}

	/**
	 * The outcome.
	 *
	 * @param point the best point found
	 * @param value the objective there
	 * @param evaluations how many evaluations were made
	 * @param converged whether the tolerances were met before the evaluation limit
	 */
	public record Result(double[] point, double value, int evaluations, boolean converged) {
	}

	/**
	 * Sets up a minimisation.
	 * @param objective the function; +∞ marks an infeasible point
	 * @param lower the lower bounds ({@code -∞} for free coordinates)
	 * @param tolerance when to stop
	 */
	public BoundedNelderMead(ToDoubleFunction<double[]> objective, double[] lower, Tolerance tolerance) {
		this.objective = objective;
		this.lower = lower.clone();
		this.tolerance = tolerance;
	}

	/**
	 * Minimises from a start point.
	 * @param start the start, within the bounds
	 * @param step the initial simplex edge
	 * @return the best point found
	 */
	public Result minimize(double[] start, double step) {
		double[] best = project(start.clone());
		double bestValue = evaluate(best);
		double edge = step;
		boolean converged = false;
		for (int restart = 0; restart < 6; restart++) {
			Vertex found = search(best, bestValue, edge);
			boolean improved = bestValue - found.value > this.tolerance.relativeValue * (1 + Math.abs(bestValue));
			best = found.point;
			bestValue = found.value;
			converged = found.converged;
			if (!converged || (!improved && restart > 0)) {
				break;
			}
			edge = Math.max(edge * 0.1, 1e-4);
		}
		return new Result(best, bestValue, this.evaluations, converged);
	}

	private record Vertex(double[] point, double value, boolean converged) {
	}

	private Vertex search(double[] start, double startValue, double step) {
		int n = start.length;
		double[][] points = new double[n + 1][];
		double[] values = new double[n + 1];
		points[0] = start.clone();
		values[0] = startValue;
		for (int i = 0; i < n; i++) {
			double[] point = start.clone();
			double h = step * Math.max(1.0, Math.abs(start[i]));
			// step upwards so that the vertex stays feasible
			point[i] = start[i] + h;
			points[i + 1] = project(point);
			values[i + 1] = evaluate(points[i + 1]);
		}
		Integer[] order = new Integer[n + 1];
		while (true) {
			sort(points, values, order);
			if (hasConverged(points, values)) {
				return new Vertex(points[0], values[0], true);
			}
			if (this.evaluations >= this.tolerance.maxEvaluations) {
				return new Vertex(points[0], values[0], false);
			}
			step(points, values);
		}
	}

	private void step(double[][] points, double[] values) {
		int n = points.length - 1;
		double[] centroid = new double[n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				centroid[j] += points[i][j] / n;
			}
		}
		double[] reflected = along(centroid, points[n], 1.0);
		double fr = evaluate(reflected);
		if (fr < values[0]) {
			double[] expanded = along(centroid, points[n], 2.0);
			double fe = evaluate(expanded);
			replace(points, values, n, (fe < fr) ? expanded : reflected, Math.min(fe, fr));
			return;
		}
		if (fr < values[n - 1]) {
			replace(points, values, n, reflected, fr);
			return;
		}
		boolean outside = fr < values[n];
		double[] contracted = along(centroid, points[n], outside ? 0.5 : -0.5);
		double fc = evaluate(contracted);
		if (fc < (outside ? fr : values[n])) {
			replace(points, values, n, contracted, fc);
			return;
		}
		for (int i = 1; i <= n; i++) {
			for (int j = 0; j < n; j++) {
				points[i][j] = points[0][j] + 0.5 * (points[i][j] - points[0][j]);
			}
			points[i] = project(points[i]);
			values[i] = evaluate(points[i]);
		}
	}

	/** {@code centroid + coefficient · (centroid - worst)}, projected. */
	private double[] along(double[] centroid, double[] worst, double coefficient) {
		double[] point = new double[centroid.length];
		for (int j = 0; j < point.length; j++) {
			point[j] = centroid[j] + coefficient * (centroid[j] - worst[j]);
		}
		return project(point);
	}

	private static void replace(double[][] points, double[] values, int index, double[] point, double value) {
		points[index] = point;
		values[index] = value;
	}

	private boolean hasConverged(double[][] points, double[] values) {
		int n = points.length - 1;
		double spread = values[n] - values[0];
		if (!(spread <= this.tolerance.relativeValue * (1 + Math.abs(values[0])))) {
			return false;
		}
		for (int i = 1; i <= n; i++) {
			for (int j = 0; j < n; j++) {
				if (Math.abs(points[i][j] - points[0][j]) > this.tolerance.position) {
					return false;
				}
			}
		}
		return true;
	}

	private static void sort(double[][] points, double[] values, Integer[] order) {
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, Comparator.comparingDouble((Integer i) -> values[i]));
		double[][] sortedPoints = new double[points.length][];
		double[] sortedValues = new double[values.length];
		for (int i = 0; i < order.length; i++) {
			sortedPoints[i] = points[order[i]];
			sortedValues[i] = values[order[i]];
		}
		System.arraycopy(sortedPoints, 0, points, 0, points.length);
		System.arraycopy(sortedValues, 0, values, 0, values.length);
	}

	private double[] project(double[] point) {
		for (int j = 0; j < point.length; j++) {
			point[j] = Math.max(point[j], this.lower[j]);
		}
		return point;
	}

	private double evaluate(double[] point) {
		this.evaluations++;
		double value = this.objective.applyAsDouble(point);
		return Double.isNaN(value) ? Double.POSITIVE_INFINITY : value;
	}

}
