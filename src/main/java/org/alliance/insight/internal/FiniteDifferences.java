package org.alliance.insight.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Central finite-difference gradient and Hessian of a smooth objective over the
 * coordinates that are not on their lower bound, with steps kept inside the bounds. Costs
 * {@code 2k + 2k(k-1)} evaluations for {@code k} free coordinates.
 *
 * @param interior the free coordinates
 * @param gradient the gradient over them
 * @param hessian the Hessian over them
 */
public record FiniteDifferences(int[] interior, DMatrixRMaj gradient, DMatrixRMaj hessian) {

	/** A coordinate this close to its lower bound counts as on it. */
	static final double BOUNDARY = 1e-6;

	/**
	 * Differentiates at a point.
	 * @param objective the function
	 * @param point where
	 * @param value the function's value there
	 * @param lower the lower bounds
	 * @return the derivatives over the free coordinates
	 */
	public static FiniteDifferences at(ToDoubleFunction<double[]> objective, double[] point, double value,
			double[] lower) {
		List<Integer> free = new ArrayList<>();
		for (int i = 0; i < point.length; i++) {
			if (point[i] > lower[i] + BOUNDARY) {
				free.add(i);
			}
		}
		int[] interior = free.stream().mapToInt(Integer::intValue).toArray();
		int k = interior.length;
		double[] h = new double[k];
		for (int a = 0; a < k; a++) {
			int i = interior[a];
			h[a] = Math.min(1e-4 * Math.max(1.0, Math.abs(point[i])), (point[i] - lower[i]) / 2);
		}
		DMatrixRMaj gradient = new DMatrixRMaj(k, 1);
		DMatrixRMaj hessian = new DMatrixRMaj(k, k);
		for (int a = 0; a < k; a++) {
			double plus = shifted(objective, point, interior[a], h[a], -1, 0);
			double minus = shifted(objective, point, interior[a], -h[a], -1, 0);
			gradient.set(a, (plus - minus) / (2 * h[a]));
			hessian.set(a, a, (plus - 2 * value + minus) / (h[a] * h[a]));
			for (int b = 0; b < a; b++) {
				double pp = shifted(objective, point, interior[a], h[a], interior[b], h[b]);
				double pm = shifted(objective, point, interior[a], h[a], interior[b], -h[b]);
				double mp = shifted(objective, point, interior[a], -h[a], interior[b], h[b]);
				double mm = shifted(objective, point, interior[a], -h[a], interior[b], -h[b]);
				double cross = (pp - pm - mp + mm) / (4 * h[a] * h[b]);
				hessian.set(a, b, cross);
				hessian.set(b, a, cross);
			}
		}
		return new FiniteDifferences(interior, gradient, hessian);
	}

	private static double shifted(ToDoubleFunction<double[]> objective, double[] point, int a, double ha, int b,
			double hb) {
		double[] moved = point.clone();
		moved[a] += ha;
		if (b >= 0) {
			moved[b] += hb;
		}
		return objective.applyAsDouble(moved);
	}

	/**
	 * The Newton step {@code H^{-1} g} over the free coordinates.
	 * @return the step, or null when the Hessian is not positive definite
	 */
	public double[] newtonStep() {
		int k = this.interior.length;
		DMatrixRMaj step = new DMatrixRMaj(k, 1);
		if (k == 0 || !CommonOps_DDRM.solveSPD(this.hessian.copy(), this.gradient, step)) {
			return null;
		}
		return step.data.clone();
	}

	/**
	 * lme4's convergence measure: the largest absolute scaled gradient {@code H^{-1} g},
	 * or of the plain gradient when the Hessian is not positive definite.
	 * @return the measure, 0 when no coordinate is free
	 */
	public double maxScaledGradient() {
		double[] step = newtonStep();
		double[] values = (step != null) ? step : this.gradient.data;
		double max = 0;
		for (int a = 0; a < this.interior.length; a++) {
			max = Math.max(max, Math.abs(values[a]));
		}
		return max;
	}

}
