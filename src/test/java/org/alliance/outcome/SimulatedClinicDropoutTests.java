package org.alliance.outcome;

import java.util.List;
import java.util.Locale;

import org.alliance.alliance.AllianceSettings;
import org.alliance.alliance.RuptureDetector;
import org.alliance.alliance.RuptureRule;
import org.alliance.alliance.RuptureSettings;
import org.alliance.alliance.ScaleRange;
import org.alliance.alliance.SdBasis;
import org.alliance.outcome.dropout.DropoutFeatures;
import org.alliance.outcome.dropout.DropoutTraining;
import org.alliance.outcome.dropout.EarlyCourse;
import org.alliance.outcome.dropout.RidgeModel;
import org.alliance.simulate.ClinicSimulator;
import org.alliance.simulate.SimulatedClinic;
import org.alliance.simulate.SimulationSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dropout model on the 50-therapist × 30-client simulated clinic (seeds 2026, 1–4),
 * where the simulator plants dropout from a weak alliance (Sharf et al. 2010, d ≈ .55)
 * and nothing else: the model must find the alliance and beat chance. The figures are
 * printed for README; the bounds asserted are the planted truth's direction, not the
 * figures.
 */
class SimulatedClinicDropoutTests {

	@ParameterizedTest
	@ValueSource(longs = { 2026, 1, 2, 3, 4 })
	void findsThePlantedWeakAllianceAndBeatsChanceOutOfFold(long seed) {
		SimulatedClinic clinic = ClinicSimulator.simulate(SimulationSettings.research(seed));
		List<EarlyCourse> courses = SimulatedCourses.of(clinic);
		DropoutFeatures features = new DropoutFeatures(3, strauss(courses));
		DropoutTraining.Outcome outcome = DropoutTraining.fit(courses, features, 10, 10, 1);
		assertThat(outcome).isInstanceOf(DropoutTraining.Fitted.class);
		DropoutTraining.Fitted fitted = (DropoutTraining.Fitted) outcome;
		RidgeModel model = fitted.model();
		System.out.printf(Locale.ROOT,
				"dropout model, simulated 50x30 clinic seed %d: %d finished, %d fitted, %d dropouts, %d left out;"
						+ " lambda %.4g; CV AUC %.3f; calibration slope %.3f intercept %.3f; per SD %s%n",
				seed, fitted.finished(), model.rows(), model.events(), fitted.leftOut(), model.lambda(), model.cvAuc(),
				model.calibration().slope(), model.calibration().intercept(),
				java.util.Arrays.toString(model.standardized().coefficients()));
		int alliance = DropoutFeatures.NAMES.indexOf("early_alliance");
		assertThat(model.standardized().coefficients()[alliance]).isNegative();
		assertThat(model.cvAuc()).isGreaterThan(0.5);
	}

	static RuptureDetector strauss(List<EarlyCourse> courses) {
		AllianceSettings defaults = new AllianceSettings("strauss", 2, SdBasis.CLINIC_WITHIN_CLIENT, 0.5);
		return new RuptureDetector(RuptureSettings.of(RuptureRule.ofCode(defaults.signalRule()))
			.withSdBasis(defaults.sdBasis())
			.withRepairWindow(defaults.repairWindow()), StoredCourses.norms(courses), ScaleRange.ONE_TO_FIVE);
	}

}
