package org.alliance.outcome;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What a clinic's dropout model is, for the admins who inspect it: fitted with its
 * figures, not fitted for want of finished episodes, or not fitted yet.
 */
public sealed interface DropoutModelReport {

	/**
	 * A fitted model.
	 *
	 * @param fittedAt when
	 * @param episodes finished episodes fitted on
	 * @param dropouts dropouts among them
	 * @param leftOut finished episodes that reached the landmark but lack a measure
	 * @param landmarkSession the session the features are read up to
	 * @param lambda the ridge penalty chosen by cross-validation
	 * @param folds the folds
	 * @param cvAuc the AUC of the out-of-fold predictions
	 * @param calibrationSlope logistic recalibration slope of the out-of-fold linear
	 * predictor (1 is ideal); NaN when not estimable
	 * @param calibrationIntercept its intercept (0 is ideal); NaN when not estimable
	 * @param calibration points of a calibration plot, ten groups by predicted risk
	 * @param coefficients the intercept first, then one per feature
	 * @param readSeconds time spent reading the clinic's records into episodes
	 * @param fitSeconds time spent fitting (cross-validation included)
	 */
	record Fitted(Instant fittedAt, int episodes, int dropouts, int leftOut, int landmarkSession, double lambda,
			int folds, double cvAuc, double calibrationSlope, double calibrationIntercept,
			List<CalibrationPoint> calibration, List<Coefficient> coefficients, double readSeconds,
			double fitSeconds) implements DropoutModelReport {

		public Fitted {
			calibration = List.copyOf(calibration);
			coefficients = List.copyOf(coefficients);
		}

		/**
		 * The method in words, as the screens name it: "by the clinic's dropout model
		 * (ridge logistic regression on 120 finished episodes, cross-validated AUC
		 * 0.62)".
		 */
		public String phrase() {
			return String.format(Locale.ROOT,
					"by the clinic's dropout model (ridge logistic regression on %d finished episodes,"
							+ " cross-validated AUC %.2f)",
					this.episodes, this.cvAuc);
		}

	}

	/**
	 * Too few finished episodes: the screen says so and shows no number.
	 *
	 * @param checkedAt when the clinic was last looked at
	 * @param finished finished episodes
	 * @param dropouts dropouts among those usable (at the landmark, every measure there)
	 * @param needed dropouts needed
	 */
	record NotEnoughEpisodes(Instant checkedAt, int finished, int dropouts, int needed) implements DropoutModelReport {

		/** E.g. "not enough finished episodes (12 dropouts, need 60)". */
		public String message() {
			return "not enough finished episodes (" + this.dropouts + " dropouts, need " + this.needed + ")";
		}

	}

	/** Not fitted since the server started; a refit is on its way. */
	record NotFittedYet() implements DropoutModelReport {
	}

	/**
	 * One point of the calibration plot.
	 *
	 * @param episodes episodes in the group
	 * @param meanPredicted their mean out-of-fold risk
	 * @param observed their share of dropouts
	 */
	record CalibrationPoint(int episodes, double meanPredicted, double observed) {
	}

	/**
	 * A coefficient.
	 *
	 * @param term the feature's name, or {@code (Intercept)}
	 * @param label the feature in words
	 * @param perSd log-odds per SD of the feature (the intercept at the features' means)
	 * @param perUnit log-odds per unit of the feature (the intercept at zero)
	 * @param mean the feature's mean, NaN for the intercept
	 * @param sd the feature's SD, NaN for the intercept
	 */
	record Coefficient(String term, String label, double perSd, double perUnit, double mean, double sd) {
	}

}
