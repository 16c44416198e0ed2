package org.alliance.outcome.dropout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fits the dropout model on a clinic's finished episodes (planned, dropout or other; a
 * dropout is outcome 1) that reached their landmark with every feature, once there are
 * enough dropouts: at least ten per feature, the rule of thumb of Peduzzi et al. (1996, J
 * Clin Epidemiol 49:1373–1379) below which logistic coefficients are biased and unstable.
 */
public final class DropoutTraining {

	private DropoutTraining() {
	}

	/** What came of an attempt to fit. */
	public sealed interface Outcome permits Fitted, TooFew {

	}

	/**
	 * The model and the episodes behind it.
	 *
	 * @param model the fitted model
	 * @param finished finished episodes in the clinic
	 * @param leftOut finished episodes that reached their landmark but lack a measure
	 */
	public record Fitted(RidgeModel model, int finished, int leftOut) implements Outcome {
	}

	/**
	 * Not enough to fit on.
	 *
	 * @param finished finished episodes in the clinic
	 * @param usable those that reached their landmark with every feature
	 * @param dropouts dropouts among the usable ones
	 * @param needed dropouts needed
	 */
	public record TooFew(int finished, int usable, int dropouts, int needed) implements Outcome {
	}

	/**
	 * @param courses the clinic's episodes, open ones included (they are skipped)
	 * @param features the features at the landmark
	 * @param eventsPerFeature dropouts needed per feature
	 * @param folds cross-validation folds
	 * @param seed seed of the folds
	 */
	public static Outcome fit(List<EarlyCourse> courses, DropoutFeatures features, int eventsPerFeature, int folds,
			long seed) {
		List<double[]> rows = new ArrayList<>();
		List<Double> outcomes = new ArrayList<>();
		int finished = 0;
		int leftOut = 0;
		int dropouts = 0;
		for (EarlyCourse course : courses) {
			if (!course.finished()) {
				continue;
			}
			finished++;
			if (!features.reachedLandmark(course)) {
				continue;
			}
			Optional<double[]> row = features.of(course);
			if (row.isEmpty()) {
				leftOut++;
				continue;
			}
			rows.add(row.get());
			outcomes.add(course.droppedOut() ? 1.0 : 0.0);
			dropouts += course.droppedOut() ? 1 : 0;
		}
		int needed = Math.max(eventsPerFeature * DropoutFeatures.NAMES.size(), folds);
		if (dropouts < needed || rows.size() - dropouts < folds) {
			return new TooFew(finished, rows.size(), dropouts, needed);
		}
		// The folds follow the rows' order; sorting the rows by their values makes the
		// fit
		// a function of the episodes alone, whatever order the database returns them in.
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			order.add(i);
		}
		order.sort((a, b) -> compare(rows.get(a), outcomes.get(a), rows.get(b), outcomes.get(b)));
		double[][] x = order.stream().map(rows::get).toArray(double[][]::new);
		double[] y = order.stream().mapToDouble(outcomes::get).toArray();
		RidgeModel model = CrossValidatedRidge.fit(DropoutFeatures.NAMES, x, y, folds, seed);
		return new Fitted(model, finished, leftOut);
	}

	private static int compare(double[] a, double outcomeA, double[] b, double outcomeB) {
		for (int j = 0; j < a.length; j++) {
			int c = Double.compare(a[j], b[j]);
			if (c != 0) {
				return c;
			}
		}
		return Double.compare(outcomeA, outcomeB);
	}

}
