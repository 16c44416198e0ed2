package org.alliance.insight;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Percentage.withPercentage;

/**
 * Crossed ({@code Penicillin}) and nested ({@code Pastes}) random intercepts against
 * lme4's printed summaries (see {@code insight/SOURCES.md}); variance components to 1e-3
 * relative, fixed effects to their printed digits.
 */
class CrossedAndNestedReferenceTests {

	private static ModelFit fit(String file, String formula) {
		try {
			DataTable data = DataTable
				.readCsv(Path.of(CrossedAndNestedReferenceTests.class.getResource("/insight/" + file).toURI()));
			return MixedModel.fit(data, Formula.parse(formula), Criterion.REML);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void crossedPlateAndSampleInterceptsMatchLme4() {
		ModelFit fit = fit("penicillin.csv", "diameter ~ 1 + (1|plate) + (1|sample)");
		assertThat(fit.varianceComponents()).extracting(VarianceComponent::group).containsExactly("plate", "sample");
		assertThat(fit.varianceComponents().get(0).variances()[0]).isCloseTo(0.7169, withPercentage(0.1));
		assertThat(fit.varianceComponents().get(1).variances()[0]).isCloseTo(3.7311, withPercentage(0.1));
		assertThat(fit.residualVariance()).isCloseTo(0.3024, withPercentage(0.1));
		assertThat(fit.fixedEffect("(Intercept)").estimate()).isCloseTo(22.9722, within(5e-5));
		assertThat(fit.fixedEffect("(Intercept)").standardError()).isCloseTo(0.8086, within(5e-5));
		assertThat(fit.objective()).isCloseTo(330.8606, within(5e-5));
		assertThat(fit.groups()).containsEntry("plate", 24).containsEntry("sample", 6);
	}

	@Test
	void casksNestedInBatchesMatchLme4IncludingItsNamingOfTheNestedFactor() {
		ModelFit fit = fit("pastes.csv", "strength ~ 1 + (1|batch/cask)");
		assertThat(fit.varianceComponents()).extracting(VarianceComponent::group)
			.containsExactly("cask:batch", "batch");
		assertThat(fit.varianceComponents().get(0).variances()[0]).isCloseTo(8.434, withPercentage(0.1));
		assertThat(fit.varianceComponents().get(1).variances()[0]).isCloseTo(1.657, withPercentage(0.1));
		assertThat(fit.residualVariance()).isCloseTo(0.678, withPercentage(0.1));
		assertThat(fit.fixedEffect("(Intercept)").estimate()).isCloseTo(60.0533, within(5e-5));
		assertThat(fit.fixedEffect("(Intercept)").standardError()).isCloseTo(0.6769, within(5e-5));
		assertThat(fit.groups()).containsEntry("cask:batch", 30).containsEntry("batch", 10);
	}

}
