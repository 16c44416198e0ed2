package org.alliance.outcome;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The clinic's dropout model as its admins and supervisors inspect it: the coefficients
 * per SD and per unit, the cross-validated AUC, the calibration slope and intercept and
 * the points of the calibration plot; or the reason there is no model. Numbers are the
 * report's ({@link DropoutModelReport}), only formatted.
 *
 * @param fitted whether there is a model
 * @param reason why there is none, e.g. "not enough finished episodes (6 dropouts, need
 * 60)"; null when there is one
 * @param checkedAt when the model was fitted or the clinic last looked at; null before
 * the first refit
 * @param finished finished episodes (fitted or not: those looked at), or -1 when unknown
 * @param episodes episodes fitted on
 * @param dropouts dropouts among them (or, with too few, among those usable)
 * @param leftOut finished episodes at the landmark that lack a measure
 * @param landmark the session L the features are read up to
 * @param lambda the ridge penalty chosen, formatted
 * @param folds cross-validation folds
 * @param cvAuc the cross-validated AUC, formatted
 * @param calibrationSlope formatted, "not estimable" when NaN
 * @param calibrationIntercept formatted, "not estimable" when NaN
 * @param coefficients the intercept first, then one per feature
 * @param calibration the calibration plot's points, lowest predicted risk first
 * @param chart the calibration plot's data for {@code static/js/dropout-model-chart.js};
 * null when there is no model
 * @param eventsPerFeature dropouts per feature needed before a model is fitted
 * @param signalRisk the risk at or above which an open episode raises a signal, in words,
 * e.g. "34% (twice the clinic's dropout rate of 17%)"
 */
record DropoutModelView(boolean fitted, String reason, Instant checkedAt, int finished, int episodes, int dropouts,
		int leftOut, int landmark, String lambda, int folds, String cvAuc, String calibrationSlope,
		String calibrationIntercept, List<CoefficientLine> coefficients, List<CalibrationLine> calibration,
		CalibrationChart chart, int eventsPerFeature, String signalRisk) {

	static DropoutModelView of(DropoutModelReport report, int landmark, int eventsPerFeature,
			DropoutSignalLevel signalLevel) {
		String signal = signalLevel.words();
		if (report instanceof DropoutModelReport.Fitted f) {
			return new DropoutModelView(true, null, f.fittedAt(), -1, f.episodes(), f.dropouts(), f.leftOut(),
					f.landmarkSession(), String.format(Locale.ROOT, "%.4g", f.lambda()), f.folds(), fixed(f.cvAuc(), 3),
					fixed(f.calibrationSlope(), 3), fixed(f.calibrationIntercept(), 3),
					f.coefficients().stream().map(CoefficientLine::of).toList(),
					f.calibration().stream().map(CalibrationLine::of).toList(), CalibrationChart.of(f.calibration()),
					eventsPerFeature, signal);
		}
		if (report instanceof DropoutModelReport.NotEnoughEpisodes few) {
			return new DropoutModelView(false, few.message(), few.checkedAt(), few.finished(), 0, few.dropouts(), 0,
					landmark, null, 0, null, null, null, List.of(), List.of(), null, eventsPerFeature, signal);
		}
		return new DropoutModelView(false,
				"the dropout model has not been fitted yet: it is fitted shortly after start-up, every night and on"
						+ " demand",
				null, -1, 0, 0, 0, landmark, null, 0, null, null, null, List.of(), List.of(), null, eventsPerFeature,
				signal);
	}

	/** A number to the given decimals, "not estimable" when it is not a number. */
	static String fixed(double value, int decimals) {
		return Double.isNaN(value) ? "not estimable" : String.format(Locale.ROOT, "%." + decimals + "f", value);
	}

	/**
	 * A coefficient as the table shows it.
	 *
	 * @param term the feature's name, or {@code (Intercept)}
	 * @param label the feature in words
	 * @param perSd log-odds per SD of the feature
	 * @param oddsRatioPerSd the odds ratio per SD; empty for the intercept
	 * @param perUnit log-odds per unit of the feature
	 * @param mean the feature's mean; empty for the intercept
	 * @param sd the feature's SD; empty for the intercept
	 */
	record CoefficientLine(String term, String label, String perSd, String oddsRatioPerSd, String perUnit, String mean,
			String sd) {

		static CoefficientLine of(DropoutModelReport.Coefficient c) {
			boolean intercept = Double.isNaN(c.mean());
			return new CoefficientLine(c.term(), c.label(), fixed(c.perSd(), 3),
					intercept ? "" : fixed(Math.exp(c.perSd()), 2), fixed(c.perUnit(), 4),
					intercept ? "" : fixed(c.mean(), 2), intercept ? "" : fixed(c.sd(), 2));
		}

	}

	/**
	 * One group of the calibration plot.
	 *
	 * @param episodes episodes in the group
	 * @param predicted their mean out-of-fold risk, as a percentage
	 * @param observed their share of dropouts, as a percentage
	 */
	record CalibrationLine(int episodes, String predicted, String observed) {

		static CalibrationLine of(DropoutModelReport.CalibrationPoint p) {
			return new CalibrationLine(p.episodes(), fixed(100 * p.meanPredicted(), 1) + "%",
					fixed(100 * p.observed(), 1) + "%");
		}

	}

	/**
	 * The calibration plot's data: per group the mean predicted risk and the observed
	 * share of dropouts (0 to 1), and the episodes in it.
	 */
	record CalibrationChart(List<Double> predicted, List<Double> observed, List<Integer> episodes) {

		static CalibrationChart of(List<DropoutModelReport.CalibrationPoint> points) {
			return new CalibrationChart(
					points.stream().map(DropoutModelReport.CalibrationPoint::meanPredicted).toList(),
					points.stream().map(DropoutModelReport.CalibrationPoint::observed).toList(),
					points.stream().map(DropoutModelReport.CalibrationPoint::episodes).toList());
		}

	}

}
