package org.alliance.insight;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Models the data cannot identify: refused as lme4's default {@code lmerControl} refuses
 * them ({@code check.nlev.gtr.1}, {@code check.nobs.vs.nlev}, {@code check.nobs.vs.nRE},
 * all "stop"), or fitted with a warning where lme4 fits them, with lmerTest's
 * Satterthwaite df.
 */
class IdentifiabilityTests {

	private static ModelFit fit(DataTable data, String formula) {
		return MixedModel.fit(data, Formula.parse(formula), Criterion.REML);
	}

	@Test
	void refusesAGroupingFactorWithOneLevelNamingIt() {
		// lme4: "grouping factors must have > 1 sampled level"
		assertThatThrownBy(() -> fit(FieldCases.read("one-level-group.csv"), "y ~ 1 + (1|therapist)"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("grouping factor 'therapist' has a single level ('T1')")
			.hasMessageContaining("grouping factors must have > 1 sampled level");
	}

	@Test
	void refusesAGroupingFactorWithAsManyLevelsAsObservations() {
		// lme4: "number of levels of each grouping factor must be < number of
		// observations"
		DataTable data = new DataTable(List.of(new NumericColumn("y", new double[] { 3.1, 4.0, 2.2, 5.3, 3.9 }),
				new NumericColumn("x", new double[] { 0, 1, 2, 3, 4 }),
				new TextColumn("client", new int[] { 0, 1, 2, 3, 4 }, List.of("c1", "c2", "c3", "c4", "c5"))));
		assertThatThrownBy(() -> fit(data, "y ~ x + (1|client)")).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("grouping factor 'client' has 5 levels for 5 observations")
			.hasMessageContaining("must be < number of observations");
	}

	@Test
	void refusesNoMoreObservationsThanRandomEffectsNamingTheTerm() {
		// lme4: "number of observations (=12) <= number of random effects (=12) for term
		// (time | client)"
		assertThatThrownBy(() -> fit(FieldCases.read("pre-post-random-slope.csv"), "phq ~ time + (time|client)"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("number of observations (=12) <= number of random effects (=12)")
			.hasMessageContaining("(1 + time | client)");
	}

	@Test
	void fitsTheSameDataWithARandomInterceptOnly() {
		ModelFit fit = fit(FieldCases.read("pre-post-random-slope.csv"), "phq ~ time + (1|client)");
		assertThat(fit.observations()).isEqualTo(12);
	}

	/**
	 * R's values, fitted with {@code Waitlist} as the reference level of {@code arm}
	 * (field-cases README), so the test chooses that level as R's {@code relevel} would:
	 * the df of the intercept and the arm contrast depend on the parametrisation. logLik
	 * −137.3832202973; Satterthwaite df 5.968013948, 9.701035766, 57.99967789,
	 * 57.999677892. lmerTest takes a Moore-Penrose inverse of a Hessian with a null
	 * direction here, so its own df carry numerical error: theory gives {@code week} and
	 * {@code armcbt:week}, within-client contrasts of a balanced split-plot design,
	 * exactly the within-client error df 72 − 12 − 2 = 58, where lmerTest prints
	 * 57.99968. The df are held to 5e-4 relative for that reason, and the within-client
	 * ones to the theoretical 58.
	 */
	@Test
	void fitsARandomSlopeOfABetweenClientVariableWithLmerTestsDfAndAWarning() {
		DataTable data = FieldCases.read("between-client-slope.csv").withReferenceLevel("arm", "Waitlist");
		ModelFit fit = fit(data, "phq ~ arm*week + (arm|client)");
		assertThat(fit.referenceLevels()).containsEntry("arm", "Waitlist");
		assertThat(fit.logLikelihood()).isCloseTo(-137.3832202973, within(1e-6 * 137.3832202973));
		assertThat(fit.fixedEffect("(Intercept)").degreesOfFreedom()).isCloseTo(5.968013948, within(5e-4 * 5.968));
		assertThat(fit.fixedEffect("armcbt").degreesOfFreedom()).isCloseTo(9.701035766, within(5e-4 * 9.701));
		assertThat(fit.fixedEffect("week").degreesOfFreedom()).isCloseTo(57.99967789, within(5e-4 * 58));
		assertThat(fit.fixedEffect("armcbt:week").degreesOfFreedom()).isCloseTo(57.999677892, within(5e-4 * 58));
		assertThat(fit.fixedEffect("week").degreesOfFreedom()).isCloseTo(58, within(1e-4));
		assertThat(fit.fixedEffect("armcbt:week").degreesOfFreedom()).isCloseTo(58, within(1e-4));
		assertThat(fit.fixedEffects()).allSatisfy((effect) -> assertThat(effect.pValue()).isBetween(0.0, 1.0));
		assertThat(fit.warnings()).anySatisfy((warning) -> assertThat(warning).contains("(1 + arm | client)")
			.contains("armcbt never varies within a level of client"));
	}

	@Test
	void doesNotWarnAboutASlopeThatVariesWithinClients() {
		ModelFit fit = fit(FieldCases.read("between-client-slope.csv"), "phq ~ arm*week + (week|client)");
		assertThat(fit.warnings()).isEmpty();
	}

}
