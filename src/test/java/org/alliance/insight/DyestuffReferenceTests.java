package org.alliance.insight;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

/**
 * Holds the engine to the closed-form variance components of a balanced one-way design
 * (Box &amp; Tiao's Dyestuff data; see {@code insight/SOURCES.md} for the derivation from
 * the ANOVA mean squares and lme4's printed values).
 */
class DyestuffReferenceTests {

	static DataTable dyestuff() {
		try {
			return DataTable
				.readCsv(Path.of(DyestuffReferenceTests.class.getResource("/insight/dyestuff.csv").toURI()));
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void remlEstimatesEqualTheAnovaEstimatesOfABalancedDesign() {
		ModelFit fit = MixedModel.fit(dyestuff(), Formula.parse("Yield ~ 1 + (1|Batch)"), Criterion.REML);
		assertThat(fit.varianceComponents().get(0).variances()[0]).isCloseTo(1764.05, withPercentage(1e-4));
		assertThat(fit.residualVariance()).isCloseTo(2451.25, withPercentage(1e-4));
		assertThat(fit.fixedEffect("(Intercept)").estimate()).isCloseTo(1527.5, withPercentage(1e-6));
		assertThat(fit.fixedEffect("(Intercept)").standardError()).isCloseTo(19.383412, withPercentage(1e-4));
		assertThat(fit.groups()).containsEntry("Batch", 6);
	}

	@Test
	void maximumLikelihoodShrinksTheBatchVarianceByTheLostDegreeOfFreedom() {
		ModelFit fit = MixedModel.fit(dyestuff(), Formula.parse("Yield ~ 1 + (1|Batch)"), Criterion.ML);
		assertThat(fit.varianceComponents().get(0).variances()[0]).isCloseTo(1388.3333, withPercentage(1e-4));
		assertThat(fit.residualVariance()).isCloseTo(2451.25, withPercentage(1e-4));
	}

}
