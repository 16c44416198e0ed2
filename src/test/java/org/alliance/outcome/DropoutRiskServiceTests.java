package org.alliance.outcome;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.alliance.ServerOnH2;
import org.alliance.alliance.AllianceEvaluation;
import org.alliance.alliance.AllianceSettings;
import org.alliance.care.Caseload;
import org.alliance.care.Episode;
import org.alliance.instrument.InstrumentCatalog;
import org.alliance.measure.Responses;
import org.alliance.outcome.dropout.DropoutFeatures;
import org.alliance.outcome.dropout.DropoutTraining;
import org.alliance.outcome.dropout.EarlyCourse;
import org.alliance.simulate.ClinicSimulator;
import org.alliance.simulate.SimulatedClinic;
import org.alliance.simulate.SimulationSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The clinic's dropout model over the real database: a simulated clinic (10 therapists ×
 * 15 clients, seed 7) is written through the services the API uses, read back and fitted.
 * Stored data must give the model the simulator's own data give.
 */
class DropoutRiskServiceTests extends ServerOnH2 {

	private static final SimulatedClinic SIMULATED = ClinicSimulator
		.simulate(new SimulationSettings(7, 10, 15, SimulatedClinicInDatabase.FIRST_INTAKE, 12));

	private static SimulatedClinicInDatabase clinic;

	@Autowired
	Caseload caseload;

	@Autowired
	Responses responses;

	@Autowired
	AllianceEvaluation evaluation;

	@Autowired
	NotOnTrackScreen notOnTrack;

	@Autowired
	InstrumentCatalog catalog;

	@Autowired
	AllianceSettings allianceSettings;

	@Autowired
	DropoutRisk dropoutRisk;

	@Autowired
	ApplicationEventPublisher events;

	@BeforeEach
	void seedOnce() throws Exception {
		if (clinic == null) {
			clinic = SimulatedClinicInDatabase.seed(SIMULATED, this.accounts, this.caseload, this.responses,
					this.evaluation, this.notOnTrack);
		}
	}

	@Test
	void withTenDropoutsPerFeatureASmallClinicGetsNoModelAndNoNumber() {
		DropoutTraining.TooFew expected = (DropoutTraining.TooFew) DropoutTraining.fit(SimulatedCourses.of(SIMULATED),
				features(SimulatedCourses.of(SIMULATED)), 10, 10, 1);
		DropoutModelReport report = this.dropoutRisk.refit(clinic.clinicId());
		assertThat(report).isInstanceOf(DropoutModelReport.NotEnoughEpisodes.class);
		DropoutModelReport.NotEnoughEpisodes few = (DropoutModelReport.NotEnoughEpisodes) report;
		assertThat(few.message())
			.isEqualTo("not enough finished episodes (" + expected.dropouts() + " dropouts, need 60)");
		assertThat(few.finished()).isEqualTo(expected.finished());
		assertThat(this.dropoutRisk.model(clinic.clinicId())).isEqualTo(report);
		assertThat(this.dropoutRisk.of(clinic.supervisor(), clinic.clients().get("C001")))
			.isEqualTo(new ClientDropoutRisk.Unavailable(few.message()));
		assertThat(this.dropoutRisk.openEpisodesAtRisk(clinic.clinicId())).isEmpty();
	}

	@Test
	void storedDataGiveTheModelTheSimulatorsOwnDataGive() {
		DropoutRisk onePerFeature = service(0.2);
		DropoutModelReport report = onePerFeature.refit(clinic.clinicId());
		List<EarlyCourse> simulated = SimulatedCourses.of(SIMULATED);
		DropoutTraining.Fitted expected = (DropoutTraining.Fitted) DropoutTraining.fit(simulated, features(simulated),
				1, 5, 1);
		assertThat(report).isInstanceOf(DropoutModelReport.Fitted.class);
		DropoutModelReport.Fitted fitted = (DropoutModelReport.Fitted) report;
		System.out.printf(Locale.ROOT,
				"dropout model, simulated 10x15 clinic seed 7 in H2: %d episodes, %d dropouts,"
						+ " CV AUC %.3f, calibration slope %.3f intercept %.3f%n",
				fitted.episodes(), fitted.dropouts(), fitted.cvAuc(), fitted.calibrationSlope(),
				fitted.calibrationIntercept());
		assertThat(fitted.episodes()).isEqualTo(expected.model().rows());
		assertThat(fitted.dropouts()).isEqualTo(expected.model().events());
		assertThat(fitted.cvAuc()).isCloseTo(expected.model().cvAuc(), within(1e-12));
		assertThat(fitted.coefficients()).hasSize(7);
		assertThat(fitted.coefficients().get(5).term()).isEqualTo("early_alliance");
		assertThat(fitted.coefficients().get(5).perSd()).isCloseTo(expected.model().standardized().coefficients()[4],
				within(1e-9));
		assertThat(fitted.calibration()).hasSize(10);
	}

	@Test
	void aClientAtTheLandmarkGetsARiskWithTheFeaturesThatRaiseItMost() {
		DropoutRisk onePerFeature = service(0.2);
		onePerFeature.refit(clinic.clinicId());
		int estimated = 0;
		for (UUID client : clinic.clients().values()) {
			ClientDropoutRisk risk = onePerFeature.of(clinic.supervisor(), client);
			boolean open = this.caseload.episodes(clinic.supervisor(), client).stream().anyMatch(Episode::open);
			if (!open) {
				assertThat(risk).isEqualTo(new ClientDropoutRisk.Unavailable("the client has no open episode"));
			}
			else if (risk instanceof ClientDropoutRisk.Estimated at) {
				estimated++;
				assertThat(at.risk()).isStrictlyBetween(0.0, 1.0);
				assertThat(at.drivers()).hasSizeLessThanOrEqualTo(3)
					.allSatisfy((d) -> assertThat(d.contribution()).isGreaterThanOrEqualTo(0.1));
				for (int i = 1; i < at.drivers().size(); i++) {
					assertThat(at.drivers().get(i).contribution())
						.isLessThanOrEqualTo(at.drivers().get(i - 1).contribution());
				}
			}
			else {
				assertThat(((ClientDropoutRisk.Unavailable) risk).reason()).satisfiesAnyOf(
						(r) -> assertThat(r).startsWith("the dropout risk is given once the client"),
						(r) -> assertThat(r).startsWith("a measure of sessions 1 to 3 is missing"));
			}
		}
		assertThat(estimated).isPositive();
	}

	@Test
	void listsTheOpenEpisodesAtOrAboveTheSignalRiskHighestFirst() {
		DropoutRisk onePerFeature = service(0.2);
		onePerFeature.refit(clinic.clinicId());
		List<ClientAtRisk> atRisk = onePerFeature.openEpisodesAtRisk(clinic.clinicId());
		long expected = clinic.clients()
			.values()
			.stream()
			.map((client) -> onePerFeature.of(clinic.supervisor(), client))
			.filter((r) -> r instanceof ClientDropoutRisk.Estimated e && e.risk() >= 0.2)
			.count();
		assertThat(atRisk).hasSize((int) expected);
		for (int i = 0; i < atRisk.size(); i++) {
			assertThat(atRisk.get(i).risk()).isGreaterThanOrEqualTo(0.2);
			assertThat(atRisk.get(i).therapistId()).isNotNull();
			if (i > 0) {
				assertThat(atRisk.get(i).risk()).isLessThanOrEqualTo(atRisk.get(i - 1).risk());
			}
		}
	}

	@Test
	void withoutASetLevelASignalNeedsTwiceTheDropoutRateOfTheEpisodesTheModelWasFittedOn() {
		DropoutRisk relative = service(null);
		assertThat(relative.signalLevel(clinic.clinicId()).words()).isEqualTo("twice the clinic's dropout rate");
		DropoutModelReport.Fitted report = (DropoutModelReport.Fitted) relative.refit(clinic.clinicId());
		double rate = (double) report.dropouts() / report.episodes();
		DropoutSignalLevel level = relative.signalLevel(clinic.clinicId());
		assertThat(level.risk()).isCloseTo(2 * rate, org.assertj.core.data.Offset.offset(1e-12));
		assertThat(level.words()).isEqualTo(
				Math.round(200 * rate) + "% (twice the clinic's dropout rate of " + Math.round(100 * rate) + "%)");
		List<ClientAtRisk> atRisk = relative.openEpisodesAtRisk(clinic.clinicId());
		long expected = clinic.clients()
			.values()
			.stream()
			.map((client) -> relative.of(clinic.supervisor(), client))
			.filter((r) -> r instanceof ClientDropoutRisk.Estimated e && e.risk() >= 2 * rate)
			.count();
		assertThat(atRisk).hasSize((int) expected);
	}

	@Test
	void aLevelTheClinicSetIsSaidToBeTheClinics() {
		assertThat(DropoutSignalLevel.fixed(0.5).words()).isEqualTo("50% (set by the clinic)");
		assertThat(DropoutSignalLevel.relative(3, 0.125).words())
			.isEqualTo("38% (3 times the clinic's dropout rate of 13%)");
		assertThat(DropoutSignalLevel.relative(2, 0.6).risk()).isEqualTo(1.0);
		assertThat(DropoutSignalLevel.relative(2, Double.NaN).reachedBy(0.99)).isFalse();
	}

	/**
	 * The service with one dropout per feature and five folds, so that a clinic small
	 * enough to seed in a test gets a model.
	 */
	private DropoutRisk service(Double signalRisk) {
		return new DropoutRisk(this.caseload, this.responses, this.catalog, this.accounts, this.allianceSettings,
				new DropoutRiskSettings(signalRisk, 2, 3, 1, 5, 1), this.events);
	}

	private static DropoutFeatures features(List<EarlyCourse> courses) {
		return new DropoutFeatures(3, SimulatedClinicDropoutTests.strauss(courses));
	}

}
