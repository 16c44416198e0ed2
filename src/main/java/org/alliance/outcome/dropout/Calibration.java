package org.alliance.outcome.dropout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * How well predicted risks match observed dropout, from out-of-fold predictions: logistic
 * recalibration {@code logit P(y = 1) = a + b·η} (Cox 1958; Steyerberg 2019, <i>Clinical
 * Prediction Models</i>, ch. 15): a slope b below 1 means the predictions are too extreme
 * (over-fitting), above 1 too timid; an intercept a away from 0 means risks run too high
 * or too low. Both are estimated together by an unpenalised logistic fit of the outcome
 * on the out-of-fold linear predictor. The groups give the points of a calibration plot.
 *
 * @param slope b; NaN when the outcome is separated by the predictor
 * @param intercept a; NaN likewise
 * @param groups ten groups of about equal size by predicted risk, lowest first
 */
public record Calibration(double slope, double intercept, List<Group> groups) {

	/**
	 * One point of a calibration plot.
	 *
	 * @param rows rows in the group
	 * @param meanPredicted mean predicted risk
	 * @param observed share of dropouts
	 */
	public record Group(int rows, double meanPredicted, double observed) {
	}

	static final int GROUPS = 10;

	/**
	 * @param eta out-of-fold linear predictors
	 * @param y outcomes, 0 or 1
	 */
	public static Calibration of(double[] eta, double[] y) {
		double slope;
		double intercept;
		try {
			double[][] x = new double[eta.length][];
			for (int i = 0; i < eta.length; i++) {
				x[i] = new double[] { eta[i] };
			}
			LogisticFit fit = RidgeLogisticRegression.fit(x, y, 0);
			slope = fit.coefficients()[0];
			intercept = fit.intercept();
		}
		catch (RidgeLogisticRegression.NotConverged ex) {
			slope = Double.NaN;
			intercept = Double.NaN;
		}
		return new Calibration(slope, intercept, groups(eta, y));
	}

	private static List<Group> groups(double[] eta, double[] y) {
		Integer[] order = new Integer[eta.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, Comparator.comparingDouble((Integer i) -> eta[i]));
		List<Group> groups = new ArrayList<>();
		int count = Math.min(GROUPS, eta.length);
		for (int g = 0; g < count; g++) {
			int from = (int) ((long) g * eta.length / count);
			int to = (int) ((long) (g + 1) * eta.length / count);
			double predicted = 0;
			double observed = 0;
			for (int k = from; k < to; k++) {
				predicted += LogisticFit.probability(eta[order[k]]);
				observed += y[order[k]];
			}
			groups.add(new Group(to - from, predicted / (to - from), observed / (to - from)));
		}
		return List.copyOf(groups);
	}

}
