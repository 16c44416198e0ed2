package org.alliance.insight.internal;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The trust-region subproblem of a quadratic model: minimise {@code g's + ½ s'Hs} over
 * {@code ||s|| ≤ Δ}, on the free coordinates only. H is diagonalised ({@code k} is small:
 * the number of variance parameters), and the step {@code -(H + λI)^{-1} g} is found with
 * the smallest {@code λ ≥ max(0, -λ_min)} that keeps it inside the region (Moré &amp;
 * Sorensen 1983; Nocedal &amp; Wright 2006, section 4.3), by bisection on λ.
 */
final class TrustRegionStep {

	private TrustRegionStep() {
	}

	/**
	 * The step.
	 * @param gradient the model's gradient
	 * @param hessian the model's Hessian, row by row ({@code k × k})
	 * @param free which coordinates may move
	 * @param radius Δ
	 * @return the step, zero on fixed coordinates, never null
	 */
	static double[] solve(double[] gradient, double[] hessian, boolean[] free, double radius) {
		int k = gradient.length;
		int[] index = new int[k];
		int n = 0;
		for (int i = 0; i < k; i++) {
			if (free[i]) {
				index[n++] = i;
			}
		}
		double[] step = new double[k];
		if (n == 0) {
			return step;
		}
		DMatrixRMaj matrix = new DMatrixRMaj(n, n);
		for (int a = 0; a < n; a++) {
			for (int b = 0; b < n; b++) {
				matrix.set(a, b, hessian[index[a] * k + index[b]]);
			}
		}
		EigenDecomposition_F64<DMatrixRMaj> eigen = DecompositionFactory_DDRM.eig(n, true, true);
		if (!eigen.decompose(matrix)) {
			return steepest(gradient, free, radius);
		}
		double[] values = new double[n];
		double[][] vectors = new double[n][];
		double[] projected = new double[n];
		double smallest = Double.POSITIVE_INFINITY;
		for (int e = 0; e < n; e++) {
			values[e] = eigen.getEigenvalue(e).real;
			vectors[e] = eigen.getEigenVector(e).data;
			smallest = Math.min(smallest, values[e]);
			for (int a = 0; a < n; a++) {
				projected[e] += vectors[e][a] * gradient[index[a]];
			}
		}
		double shift = Math.max(0, -smallest) * (1 + 1e-12) + 1e-300;
		if (smallest > 0 && norm(values, projected, 0) <= radius) {
			shift = 0;
		}
		else if (norm(values, projected, shift) > radius) {
			double low = shift;
			double high = shift + 1;
			while (norm(values, projected, high) > radius) {
				high = 2 * high + 1;
			}
			for (int iteration = 0; iteration < 200 && high - low > 1e-14 * high; iteration++) {
				double middle = (low + high) / 2;
				if (norm(values, projected, middle) > radius) {
					low = middle;
				}
				else {
					high = middle;
				}
			}
			shift = high;
		}
		for (int e = 0; e < n; e++) {
			double coefficient = -projected[e] / (values[e] + shift);
			for (int a = 0; a < n; a++) {
				step[index[a]] += coefficient * vectors[e][a];
			}
		}
		return step;
	}

	private static double norm(double[] values, double[] projected, double shift) {
		double sum = 0;
		for (int e = 0; e < values.length; e++) {
			double coefficient = projected[e] / (values[e] + shift);
			sum += coefficient * coefficient;
		}
		return Math.sqrt(sum);
	}

	private static double[] steepest(double[] gradient, boolean[] free, double radius) {
		double length = 0;
		for (int i = 0; i < gradient.length; i++) {
			length += free[i] ? gradient[i] * gradient[i] : 0;
		}
		length = Math.sqrt(length);
		double[] step = new double[gradient.length];
		for (int i = 0; i < gradient.length; i++) {
			step[i] = (free[i] && length > 0) ? -radius * gradient[i] / length : 0;
		}
		return step;
	}

}
