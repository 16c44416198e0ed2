package org.alliance.insight;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Satterthwaite degrees of freedom and p-values against lmerTest's own published test
 * output for {@code lmer(biomass ~ CO2*nutrients + (1|chamber), potdata)} (see
 * {@code insight/SOURCES.md}); lmerTest prints four to six significant digits, so the
 * tolerances follow the printed precision.
 */
class SatterthwaiteReferenceTests {

	private static ModelFit potdata() {
		try {
			DataTable data = DataTable
				.readCsv(Path.of(SatterthwaiteReferenceTests.class.getResource("/insight/potdata.csv").toURI()));
			return MixedModel.fit(data, Formula.parse("biomass ~ CO2*nutrients + (1|chamber)"), Criterion.REML);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void matchesLmerTestsVarianceComponentsAndStandardErrors() {
		ModelFit fit = potdata();
		assertThat(fit.objective()).isCloseTo(49.2, within(0.05));
		assertThat(fit.varianceComponents().get(0).variances()[0]).isCloseTo(0.2437, within(5e-5));
		assertThat(fit.residualVariance()).isCloseTo(1.5797, within(5e-5));
		assertThat(fit.fixedEffect("(Intercept)").estimate()).isCloseTo(12.85, within(5e-5));
		assertThat(fit.fixedEffect("(Intercept)").standardError()).isCloseTo(0.9548, within(5e-5));
		assertThat(fit.fixedEffect("CO2ppm675:nutrientsn2").standardError()).isCloseTo(1.7775, within(5e-5));
	}

	@Test
	void givesBetweenChamberEffectsFractionalDfAndWithinChamberEffectsTheResidualDf() {
		ModelFit fit = potdata();
		assertThat(fit.fixedEffect("(Intercept)").degreesOfFreedom()).isCloseTo(11.0163, within(5e-5));
		assertThat(fit.fixedEffect("CO2ppm675").degreesOfFreedom()).isCloseTo(11.0163, within(5e-5));
		assertThat(fit.fixedEffect("nutrientsn2").degreesOfFreedom()).isCloseTo(10.0, within(5e-5));
		assertThat(fit.fixedEffect("CO2ppm675:nutrientsn2").degreesOfFreedom()).isCloseTo(10.0, within(5e-5));
	}

	@Test
	void computesTwoSidedPValuesFromTheTDistribution() {
		ModelFit fit = potdata();
		assertThat(fit.fixedEffect("(Intercept)").pValue()).isCloseTo(3.49e-08, within(5e-11));
		assertThat(fit.fixedEffect("CO2ppm675").pValue()).isCloseTo(0.166595, within(5e-7));
		assertThat(fit.fixedEffect("nutrientsn2").pValue()).isCloseTo(0.000162, within(5e-7));
		assertThat(fit.fixedEffect("CO2ppm675:nutrientsn2").pValue()).isCloseTo(0.784214, within(5e-7));
	}

}
