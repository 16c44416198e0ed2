package org.alliance.insight.internal;

import java.util.function.ToDoubleFunction;

/**
 * Refines a point found by the simplex search with a few safeguarded Newton steps on
 * finite-difference derivatives. Nelder-Mead homes in on a minimum quickly but crawls
 * over the last digits; near the optimum the profiled criterion is nearly quadratic, so
 * one or two Newton steps reach full precision at a fraction of the evaluations.
 */
public final class NewtonPolish {

	private NewtonPolish() {
	}

	/**
	 * Polishes a point.
	 * @param objective the function
	 * @param start the point from the simplex search
	 * @param value the function there
	 * @param lower the lower bounds
	 * @return the improved result (the start itself when no step helps)
	 */
	public static BoundedNelderMead.Result polish(ToDoubleFunction<double[]> objective, BoundedNelderMead.Result start,
			double[] lower) {
		double[] point = start.point();
		double value = start.value();
		for (int iteration = 0; iteration < 4; iteration++) {
			FiniteDifferences derivatives = FiniteDifferences.at(objective, point, value, lower);
			int k = derivatives.interior().length;
			double[] step = derivatives.newtonStep();
			if (step == null) {
				break;
			}
			double[] best = null;
			double bestValue = value;
			double length = 1.0;
			for (int halving = 0; halving < 6 && best == null; halving++, length /= 2) {
				double[] trial = point.clone();
				for (int a = 0; a < k; a++) {
					int i = derivatives.interior()[a];
					trial[i] = Math.max(lower[i], trial[i] - length * step[a]);
				}
				double trialValue = objective.applyAsDouble(trial);
				if (trialValue < bestValue) {
					best = trial;
					bestValue = trialValue;
				}
			}
			if (best == null) {
				break;
			}
			boolean small = value - bestValue < 1e-10 * (1 + Math.abs(value));
			point = best;
			value = bestValue;
			if (small) {
				break;
			}
		}
		return new BoundedNelderMead.Result(point, value, start.evaluations(), start.converged());
	}

}
