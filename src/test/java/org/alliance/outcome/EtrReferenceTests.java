package org.alliance.outcome;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

/**
 * Holds the expected-treatment-response model to lme4 1.1-31 (R 4.2.2) on a data set of
 * our own: {@code outcome/etr-long.csv}, 289 scores of 40 clients, made and fitted by
 * {@code outcome/etr-reference.R} beside it, whose output is {@code etr-reference.Rout}:
 * <pre>
 * lmer(score ~ log(session) * I(intake - 17) + (1 + log(session) | client), REML = TRUE)
 *                (Intercept)                log(session)
 *          15.764060915293648          -3.361406054007980
 *              I(intake - 17) log(session):I(intake - 17)
 *           1.074346793629501          -0.114702087778496
 *                    (Intercept)      log(session)
 * (Intercept)  5.032754461581853 0.555191566340866
 * log(session) 0.555191566340866 0.832276967429493
 * sigma2 3.9655158830423
 * </pre> and the band for intake 22 at q = 0.90 ({@code qnorm(0.90)} = 1.2815515655446)
 * at sessions 1 to 8, computed in R from those. Fixed effects to 1e-6 relative and
 * variance components to 1e-3 relative, as the engine's other lme4 references; the band
 * to 1e-4 relative.
 */
class EtrReferenceTests {

	/** session, mean, sd, lower, upper from etr-reference.Rout. */
	private static final double[][] BAND = {
			{ 1, 21.1357948834412, 2.99971171025220, 17.29150964498498, 24.9800801218973 },
			{ 2, 18.4083186106484, 3.18869867811307, 14.32183682766258, 22.4948003936342 },
			{ 3, 16.8128472694579, 3.35002488352928, 12.51961763535757, 21.1060769035582 },
			{ 4, 15.6808423378556, 3.48382952077284, 11.21613516141867, 20.1455495142925 },
			{ 5, 14.8027910975049, 3.59738823169714, 10.19255257730173, 19.4130296177081 },
			{ 6, 14.0853709966651, 3.69591037150240, 9.34887127395368, 18.8218707193765 },
			{ 7, 13.4788009442210, 3.78291528795000, 8.63079993462609, 18.3268019538159 },
			{ 8, 12.9533660650628, 3.86083889260468, 8.00550193792980, 17.9012301921958 } };

	private static EtrFit fit() {
		return EtrModel.fit(EtrCsv.read(EtrFiles.resource("etr-long.csv")), 17);
	}

	@Test
	void fixedEffectsMatchLme4WithItsNames() {
		EtrFit fit = fit();
		assertThat(fit.converged()).isTrue();
		assertThat(fit.warnings()).isEmpty();
		assertThat(fit.model().fixedEffects()).containsOnlyKeys("(Intercept)", "log(session)", "I(intake - 17)",
				"log(session):I(intake - 17)");
		assertThat(fit.model().fixedEffects().keySet()).containsExactly("(Intercept)", "log(session)", "I(intake - 17)",
				"log(session):I(intake - 17)");
		assertThat(fit.model().intercept()).isCloseTo(15.764060915293648, withPercentage(1e-4));
		assertThat(fit.model().logSession()).isCloseTo(-3.361406054007980, withPercentage(1e-4));
		assertThat(fit.model().intake()).isCloseTo(1.074346793629501, withPercentage(1e-4));
		assertThat(fit.model().logSessionByIntake()).isCloseTo(-0.114702087778496, withPercentage(1e-4));
		assertThat(fit.model().clients()).isEqualTo(40);
		assertThat(fit.model().observations()).isEqualTo(289);
	}

	@Test
	void clientCovarianceAndResidualVarianceMatchLme4() {
		ExpectedTreatmentResponse model = fit().model();
		assertThat(model.interceptVariance()).isCloseTo(5.032754461581853, withPercentage(0.1));
		assertThat(model.covariance()).isCloseTo(0.555191566340866, withPercentage(0.1));
		assertThat(model.logSessionVariance()).isCloseTo(0.832276967429493, withPercentage(0.1));
		assertThat(model.residualVariance()).isCloseTo(3.9655158830423, withPercentage(0.1));
	}

	@Test
	void toleranceBandForAnIntakeOf22MatchesTheBandComputedInR() {
		List<ExpectedScore> band = fit().model().band(22, 1, 8, 0.90);
		assertThat(band).hasSize(8);
		for (int i = 0; i < 8; i++) {
			ExpectedScore expected = band.get(i);
			assertThat(expected.session()).isEqualTo((int) BAND[i][0]);
			assertThat(expected.mean()).isCloseTo(BAND[i][1], withPercentage(1e-2));
			assertThat(expected.sd()).isCloseTo(BAND[i][2], withPercentage(1e-2));
			assertThat(expected.lower()).isCloseTo(BAND[i][3], withPercentage(1e-2));
			assertThat(expected.upper()).isCloseTo(BAND[i][4], withPercentage(1e-2));
		}
	}

	@Test
	void aScoreAboveTheUpperBoundIsNotOnTrack() {
		ExpectedScore sessionFour = fit().model().at(22, 4, 0.90);
		assertThat(sessionFour.above(20.2)).isTrue();
		assertThat(sessionFour.above(20.1)).isFalse();
	}

	@Test
	void normalQuantilesMatchRsQnorm() {
		// options(digits = 17); qnorm(c(0.90, 0.95, 0.975, 0.999, 0.5, 0.1, 1e-10)) in R
		// 4.2.2;
		// held to 1e-12 relative
		assertThat(NormalQuantile.of(0.90)).isCloseTo(1.2815515655446008, withPercentage(1e-10));
		assertThat(NormalQuantile.of(0.95)).isCloseTo(1.6448536269514715, withPercentage(1e-10));
		assertThat(NormalQuantile.of(0.975)).isCloseTo(1.9599639845400536, withPercentage(1e-10));
		assertThat(NormalQuantile.of(0.999)).isCloseTo(3.0902323061678132, withPercentage(1e-10));
		assertThat(NormalQuantile.of(0.5)).isZero();
		assertThat(NormalQuantile.of(0.1)).isCloseTo(-1.2815515655446008, withPercentage(1e-10));
		assertThat(NormalQuantile.of(1e-10)).isCloseTo(-6.3613409024040557, withPercentage(1e-10));
	}

	@Test
	void coefficientNamesDeparseTheCentreAsRDoes() {
		assertThat(ExpectedTreatmentResponse.intakeTerm(17)).isEqualTo("I(intake - 17)");
		assertThat(ExpectedTreatmentResponse.intakeTerm(15.5)).isEqualTo("I(intake - 15.5)");
		assertThat(ExpectedTreatmentResponse.intakeTerm(0.1 + 0.2)).isEqualTo("I(intake - 0.3)");
	}

}
