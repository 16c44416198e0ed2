package org.alliance.simulate;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Recovers the planted effects from the generated data of a research clinic (50
 * therapists, 1,500 clients) and checks them against the published figures in DESIGN.md.
 * <p>
 * Tolerances are about three and a half standard errors of each estimate, since
 * clustering in 50 therapists adds to the textbook ones: r near .3 on 1,500 clients has
 * SE (1 − r²)/√n ≈ .024, so ± .08; repair r on about 650 ruptured clients ≈ .036, so ±
 * .12; d for 260 dropouts against 1,240 others √(1/260 + 1/1240) ≈ .07, so ± .22; the
 * client–therapist d on 19,000 clustered sessions varies less, ± .15; shares ± .05. Every
 * seed from 1 to 100 passes (see {@link EffectSizeSurveyTests}), while a generator that
 * plants no effect (r = 0, d = 0) or doubles it fails.
 */
class PlantedEffectsTests {

	private final MeasuredEffects effects = new MeasuredEffects(Clinics.research());

	@Test
	void clientsRateTheAllianceHigherThanTherapistsAndAgreeModestly() {
		// Tryon, Blackwell & Hammel 2007: d = .63, r = .36
		assertThat(this.effects.clientOverTherapistD()).isCloseTo(0.63, within(0.15));
		assertThat(this.effects.clientTherapistR()).isCloseTo(0.36, within(0.08));
	}

	@Test
	void aboutHalfTheClientsHaveARupture() {
		// McLaughlin, Keller, Feeny, Youn & Zoellner 2014: 46%
		assertThat(this.effects.ruptureShare()).isCloseTo(0.46, within(0.05));
	}

	@Test
	void dropoutsHadAWeakerEarlyAlliance() {
		// Sharf, Primavera & Diener 2010: d = .55
		assertThat(this.effects.stayedOverDropoutD()).isCloseTo(0.55, within(0.22));
		assertThat(this.effects.dropoutShare()).isBetween(0.10, 0.35);
	}

	@Test
	void earlyAllianceAndEmpathyPredictSymptomImprovement() {
		// Flückiger, Del Re, Wampold & Horvath 2018: r = .28; Elliott, Bohart, Watson &
		// Murphy 2018: r = .28
		assertThat(this.effects.earlyAllianceImprovementR()).isCloseTo(0.28, within(0.08));
		assertThat(this.effects.earlyEmpathyImprovementR()).isCloseTo(0.28, within(0.08));
	}

	@Test
	void aBetterSessionThanUsualIsFollowedBySymptomRelief() {
		// Falkenström, Granström & Holmqvist 2013: alliance precedes symptom change
		// within
		// patients, a small effect; without the planted lag this r is 0 ± .02
		assertThat(this.effects.laggedWithinClientR()).isBetween(-0.2, -0.05);
	}

	@Test
	void repairedRupturesGoWithMoreImprovement() {
		// Eubanks, Muran & Safran 2018: r = .29
		assertThat(this.effects.repairImprovementR()).isCloseTo(0.29, within(0.12));
	}

	@Test
	void therapistsDifferInTheAllianceTheyForm() {
		// Baldwin, Wampold & Imel 2007 and later therapist-effect studies: a small but
		// real share
		assertThat(this.effects.therapistIcc()).isBetween(0.03, 0.25);
	}

	@Test
	void theTherapistsPartOfTheAllianceCarriesTheOutcome() {
		OutcomeRegression regression = this.effects.outcomeRegression();
		// Baldwin, Wampold & Imel 2007: therapist, not patient, variability in alliance
		// predicts outcome
		assertThat(regression.betweenTherapists()).isGreaterThan(regression.withinTherapists());
		assertThat(regression.betweenTherapists()).isGreaterThan(0);
	}

	@Test
	void clientRatingsBunchAtTheCeiling() {
		assertThat(this.effects.ceilingShare()).isBetween(0.10, 0.40);
	}

	@Test
	void intakeSeverityMatchesATypicalOutpatientSample() {
		List<Double> intake = this.effects.intakePhq9();
		assertThat(SampleStatistics.mean(intake)).isCloseTo(15, within(1.0));
		assertThat(Math.sqrt(SampleStatistics.variance(intake))).isCloseTo(5, within(0.75));
	}

}
