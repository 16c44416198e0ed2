package org.alliance.insight;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Percentage.withPercentage;

/**
 * Holds the engine to lme4 1.1-31 on {@code sleepstudy} (Belenky et al. 2003). The
 * expected numbers are lme4's, as DESIGN.md lists them; log-likelihoods and fixed effects
 * to 1e-6 relative, variance components to 1e-3 relative.
 */
class SleepstudyReferenceTests {

	static DataTable sleepstudy() {
		try {
			return DataTable
				.readCsv(Path.of(SleepstudyReferenceTests.class.getResource("/insight/sleepstudy.csv").toURI()));
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ModelFit fit(String formula, Criterion criterion) {
		return MixedModel.fit(sleepstudy(), Formula.parse(formula), criterion);
	}

	@Test
	void randomInterceptByRemlMatchesLme4() {
		ModelFit fit = fit("Reaction ~ Days + (1|Subject)", Criterion.REML);
		assertThat(fit.logLikelihood()).isCloseTo(-893.2325426975, withPercentage(1e-4));
		assertThat(fit.fixedEffect("(Intercept)").estimate()).isCloseTo(251.4051048485, withPercentage(1e-4));
		assertThat(fit.fixedEffect("Days").estimate()).isCloseTo(10.4672859596, withPercentage(1e-4));
		assertThat(fit.fixedEffect("(Intercept)").standardError()).isCloseTo(9.7467162692, withPercentage(1e-4));
		assertThat(fit.fixedEffect("Days").standardError()).isCloseTo(0.8042214289, withPercentage(1e-4));
		assertThat(fit.varianceComponents().get(0).variances()[0]).isCloseTo(1378.1785138090, withPercentage(0.1));
		assertThat(fit.residualVariance()).isCloseTo(960.4565785605, withPercentage(0.1));
		assertThat(fit.observations()).isEqualTo(180);
		assertThat(fit.groups()).containsEntry("Subject", 18);
		assertThat(fit.convergence().converged()).isTrue();
	}

	@Test
	void correlatedRandomSlopeByRemlMatchesLme4() {
		ModelFit fit = fit("Reaction ~ Days + (Days|Subject)", Criterion.REML);
		VarianceComponent subject = fit.varianceComponents().get(0);
		assertThat(fit.logLikelihood()).isCloseTo(-871.8141359800, withPercentage(1e-4));
		assertThat(subject.variances()[0]).isCloseTo(612.1001580248, withPercentage(0.1));
		assertThat(subject.variances()[1]).isCloseTo(35.0717144509, withPercentage(0.1));
		assertThat(subject.covariance(0, 1)).isCloseTo(9.6044089512, withPercentage(0.1));
		assertThat(fit.residualVariance()).isCloseTo(654.9400082600, withPercentage(0.1));
		assertThat(fit.convergence().converged()).isTrue();
	}

	@Test
	void randomInterceptByMaximumLikelihoodMatchesLme4() {
		ModelFit fit = fit("Reaction ~ Days + (1|Subject)", Criterion.ML);
		assertThat(fit.logLikelihood()).isCloseTo(-897.0393215026, withPercentage(1e-4));
		assertThat(fit.objective()).isCloseTo(2 * 897.0393215026, withPercentage(1e-4));
	}

	@Test
	void randomSlopeFixedEffectsMatchOrdinaryLeastSquaresOnBalancedData() {
		// balanced design: the GLS estimates equal the published lme4 estimates of model
		// 1
		ModelFit fit = fit("Reaction ~ Days + (Days|Subject)", Criterion.REML);
		assertThat(fit.fixedEffect("(Intercept)").estimate()).isCloseTo(251.4051048485, withPercentage(1e-4));
		assertThat(fit.fixedEffect("Days").estimate()).isCloseTo(10.4672859596, withPercentage(1e-4));
		assertThat(fit.fixedCorrelation(0, 1)).isCloseTo(-0.138, within(5e-4));
	}

}
