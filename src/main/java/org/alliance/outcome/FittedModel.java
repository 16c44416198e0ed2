package org.alliance.outcome;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.alliance.outcome.dropout.Calibration;
import org.alliance.outcome.dropout.DropoutFeatures;
import org.alliance.outcome.dropout.EarlyCourse;
import org.alliance.outcome.dropout.RidgeModel;

/**
 * A clinic's fitted dropout model with the features it reads, as kept between refits.
 */
record FittedModel(RidgeModel model, DropoutFeatures features, Instant fittedAt) {

	private static final int DRIVERS = 3;

	/**
	 * The least a feature must add to the log-odds to be named as raising the risk: 0.1,
	 * odds × 1.11. A feature a hair above the clinic's mean (GAD-7 12 against 11.3,
	 * adding 0.02) would otherwise be named to a therapist as a reason, which it is not.
	 */
	static final double MIN_CONTRIBUTION = 0.1;

	/** The report admins read. */
	DropoutModelReport.Fitted report(int leftOut, double readSeconds, double fitSeconds) {
		List<DropoutModelReport.Coefficient> coefficients = new ArrayList<>();
		coefficients.add(new DropoutModelReport.Coefficient("(Intercept)", "intercept",
				this.model.standardized().intercept(), this.model.original().intercept(), Double.NaN, Double.NaN));
		double[] perSd = this.model.standardized().coefficients();
		double[] perUnit = this.model.original().coefficients();
		for (int j = 0; j < perSd.length; j++) {
			String name = this.model.features().get(j);
			coefficients.add(new DropoutModelReport.Coefficient(name, label(name), perSd[j], perUnit[j],
					this.model.standardization().means()[j], this.model.standardization().sds()[j]));
		}
		Calibration calibration = this.model.calibration();
		return new DropoutModelReport.Fitted(this.fittedAt, this.model.rows(), this.model.events(), leftOut,
				this.features.landmark(), this.model.lambda(), this.model.folds(), this.model.cvAuc(),
				calibration.slope(), calibration.intercept(),
				calibration.groups()
					.stream()
					.map((g) -> new DropoutModelReport.CalibrationPoint(g.rows(), g.meanPredicted(), g.observed()))
					.toList(),
				coefficients, readSeconds, fitSeconds);
	}

	/** The risk of an open episode, with what raises it most, or why there is none. */
	ClientDropoutRisk riskOf(EarlyCourse course) {
		int landmark = this.features.landmark();
		if (!this.features.reachedLandmark(course)) {
			return new ClientDropoutRisk.Unavailable(
					"the dropout risk is given once the client has attended session " + landmark);
		}
		Optional<double[]> row = this.features.of(course);
		if (row.isEmpty()) {
			return new ClientDropoutRisk.Unavailable("a measure of sessions 1 to " + landmark
					+ " is missing: the risk needs the first PHQ-9 and GAD-7, a later PHQ-9 and the client's alliance"
					+ " check at session 1 or 2");
		}
		return new ClientDropoutRisk.Estimated(course.episodeId(), this.model.risk(row.get()), drivers(row.get()),
				this.fittedAt);
	}

	private List<DropoutDriver> drivers(double[] row) {
		double[] shares = this.model.contributions(row);
		double[] means = this.model.standardization().means();
		List<DropoutDriver> drivers = new ArrayList<>();
		for (int j = 0; j < shares.length; j++) {
			if (shares[j] >= MIN_CONTRIBUTION) {
				String name = this.model.features().get(j);
				drivers.add(new DropoutDriver(name, label(name), row[j], means[j], shares[j]));
			}
		}
		drivers.sort(Comparator.comparingDouble(DropoutDriver::contribution).reversed());
		return List.copyOf(drivers.subList(0, Math.min(DRIVERS, drivers.size())));
	}

	/** A feature in a therapist's words. */
	String label(String feature) {
		int landmark = this.features.landmark();
		return switch (feature) {
			case "phq9_baseline" -> "PHQ-9 at the start";
			case "gad7_baseline" -> "GAD-7 at the start";
			case "phq9_early_change" -> "PHQ-9 change by session " + landmark;
			case "missed_sessions" -> "sessions missed (no-show) by session " + landmark;
			case "early_alliance" -> "client's alliance at sessions 1-2 (per-item mean, 1-5)";
			case "early_rupture" -> "alliance rupture by session " + landmark;
			default -> feature;
		};
	}

}
