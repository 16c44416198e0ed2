package org.alliance.insight.internal;

import java.util.ArrayList;
import java.util.List;

import org.alliance.insight.Criterion;
import org.ejml.data.DMatrixRMaj;

/**
 * Derivatives at the optimum from exact gradients ({@link BlockedGradient}): the gradient
 * itself, and the Hessian by central differences of the gradient along each free
 * coordinate ({@code 2k} gradients, about {@code 4k} evaluations, against the {@code 2k²}
 * of second differences of the function). Differences of a gradient carry the rounding of
 * the gradient divided by the step, not of the function divided by its square, so the
 * Hessian is accurate to about 1e-8 instead of 1e-5: that is what makes the Satterthwaite
 * degrees of freedom computed from it ({@link SatterthwaiteDf}) stable to their fifth
 * digit. The factorisations and gradient parts of every point are kept for that
 * computation.
 *
 * @param theta the point
 * @param interior the free coordinates (off their bound)
 * @param steps the step of each free coordinate
 * @param center the system's derivatives at θ
 * @param plus at θ + step along each free coordinate
 * @param minus at θ − step along each free coordinate
 * @param derivatives the profiled criterion's gradient and Hessian over the free
 * coordinates, as lme4's checks use them
 */
public record GradientDifferences(double[] theta, int[] interior, double[] steps, PenalizedSystem.Derivatives center,
		PenalizedSystem.Derivatives[] plus, PenalizedSystem.Derivatives[] minus, FiniteDifferences derivatives) {

	/**
	 * Differentiates the profiled criterion at a point.
	 * @param system the penalised system
	 * @param deviance the criterion
	 * @param criterion REML or ML
	 * @param theta the point
	 * @param lower the bounds
	 * @return the derivatives, or null when the system has no gradient for some free
	 * coordinate or is not positive definite at a point
	 */
	public static GradientDifferences at(PenalizedSystem system, ProfiledDeviance deviance, Criterion criterion,
			double[] theta, double[] lower) {
		boolean reml = criterion == Criterion.REML;
		List<Integer> free = new ArrayList<>();
		for (int i = 0; i < theta.length; i++) {
			if (theta[i] > lower[i] + FiniteDifferences.BOUNDARY) {
				free.add(i);
			}
		}
		int[] interior = free.stream().mapToInt(Integer::intValue).toArray();
		int k = interior.length;
		PenalizedSystem.Derivatives center = system.differentiate(theta, reml);
		double[] gradient = profiledGradient(center, deviance, interior);
		if (gradient == null) {
			return null;
		}
		double[] steps = new double[k];
		PenalizedSystem.Derivatives[] plus = new PenalizedSystem.Derivatives[k];
		PenalizedSystem.Derivatives[] minus = new PenalizedSystem.Derivatives[k];
		DMatrixRMaj hessian = new DMatrixRMaj(k, k);
		for (int a = 0; a < k; a++) {
			int i = interior[a];
			steps[a] = Math.min(1e-4 * Math.max(1.0, Math.abs(theta[i])), (theta[i] - lower[i]) / 2);
			double[] up = theta.clone();
			up[i] += steps[a];
			double[] down = theta.clone();
			down[i] -= steps[a];
			plus[a] = system.differentiate(up, reml);
			minus[a] = system.differentiate(down, reml);
			double[] gradientUp = profiledGradient(plus[a], deviance, interior);
			double[] gradientDown = profiledGradient(minus[a], deviance, interior);
			if (gradientUp == null || gradientDown == null) {
				return null;
			}
			for (int b = 0; b < k; b++) {
				hessian.set(b, a, (gradientUp[b] - gradientDown[b]) / (2 * steps[a]));
			}
		}
		symmetrize(hessian);
		DMatrixRMaj g = new DMatrixRMaj(k, 1);
		g.data = gradient;
		return new GradientDifferences(theta, interior, steps, center, plus, minus,
				new FiniteDifferences(interior, g, hessian));
	}

	private static double[] profiledGradient(PenalizedSystem.Derivatives derivatives, ProfiledDeviance deviance,
			int[] interior) {
		if (!derivatives.available()) {
			return null;
		}
		double rss = derivatives.factorization().penalizedRss();
		double[] gradient = new double[interior.length];
		for (int a = 0; a < interior.length; a++) {
			int i = interior[a];
			gradient[a] = derivatives.logDet()[i] + deviance.degreesOfFreedom() * derivatives.rss()[i] / rss;
			if (!Double.isFinite(gradient[a])) {
				return null;
			}
		}
		return gradient;
	}

	static void symmetrize(DMatrixRMaj matrix) {
		for (int a = 0; a < matrix.numRows; a++) {
			for (int b = 0; b < a; b++) {
				double mean = (matrix.get(a, b) + matrix.get(b, a)) / 2;
				matrix.set(a, b, mean);
				matrix.set(b, a, mean);
			}
		}
	}

}
