package org.alliance.insight;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Further sleepstudy fits against lme4 and lmerTest output printed in public documents
 * (see {@code insight/SOURCES.md}); tolerances follow the printed precision.
 */
class SleepstudyPublishedOutputTests {

	private static ModelFit fit(String formula, Criterion criterion) {
		return MixedModel.fit(SleepstudyReferenceTests.sleepstudy(), Formula.parse(formula), criterion);
	}

	@Test
	void uncorrelatedInterceptAndSlopeByRemlMatchLme4() {
		ModelFit fit = fit("Reaction ~ Days + (Days || Subject)", Criterion.REML);
		assertThat(fit.varianceComponents()).extracting(VarianceComponent::group).containsExactly("Subject", "Subject");
		assertThat(fit.varianceComponents().get(0).variances()[0]).isCloseTo(627.56905, within(0.63));
		assertThat(fit.varianceComponents().get(1).variances()[0]).isCloseTo(35.85838, within(0.036));
		assertThat(fit.residualVariance()).isCloseTo(653.58350, within(0.65));
		assertThat(fit.fixedEffect("(Intercept)").standardError()).isCloseTo(6.885381, within(7e-4));
		assertThat(fit.fixedEffect("Days").standardError()).isCloseTo(1.559569, within(1.6e-4));
		assertThat(fit.logLikelihood()).isCloseTo(-871.8346, within(5e-5));
		assertThat(fit.aic()).isCloseTo(1753.669, within(5e-4));
		assertThat(fit.bic()).isCloseTo(1769.634, within(5e-4));
	}

	@Test
	void correlatedSlopeByMaximumLikelihoodMatchesLmerTest() {
		ModelFit fit = fit("Reaction ~ Days + (Days | Subject)", Criterion.ML);
		VarianceComponent subject = fit.varianceComponents().get(0);
		assertThat(subject.variances()[0]).isCloseTo(565.52, within(0.005));
		assertThat(subject.variances()[1]).isCloseTo(32.68, within(0.005));
		assertThat(subject.correlation(0, 1)).isCloseTo(0.08, within(0.005));
		assertThat(fit.residualVariance()).isCloseTo(654.94, within(0.005));
		assertThat(fit.fixedEffect("(Intercept)").standardError()).isCloseTo(6.632, within(5e-4));
		assertThat(fit.fixedEffect("Days").degreesOfFreedom()).isCloseTo(18.0, within(0.018));
		assertThat(fit.logLikelihood()).isCloseTo(-875.97, within(0.005));
		assertThat(fit.aic()).isCloseTo(1763.9, within(0.05));
	}

	@Test
	void uncorrelatedSlopeByMaximumLikelihoodMatchesLmerTestsSatterthwaiteDf() {
		ModelFit fit = fit("Reaction ~ Days + (1 | Subject) + (0 + Days | Subject)", Criterion.ML);
		assertThat(fit.varianceComponents().get(0).variances()[0]).isCloseTo(584.25, within(0.005));
		assertThat(fit.varianceComponents().get(1).variances()[0]).isCloseTo(33.63, within(0.005));
		assertThat(fit.residualVariance()).isCloseTo(653.12, within(0.005));
		assertThat(fit.fixedEffect("(Intercept)").standardError()).isCloseTo(6.708, within(5e-4));
		assertThat(fit.fixedEffect("Days").standardError()).isCloseTo(1.519, within(5e-4));
		// df depend on the optimum's last digits and on finite differences: 1e-3
		// relative, as
		// for variance components
		assertThat(fit.fixedEffect("(Intercept)").degreesOfFreedom()).isCloseTo(19.349, within(0.02));
		assertThat(fit.fixedEffect("Days").degreesOfFreedom()).isCloseTo(19.349, within(0.02));
		assertThat(fit.fixedEffect("Days").pValue()).isCloseTo(1.3e-06, within(5e-8));
		assertThat(fit.logLikelihood()).isCloseTo(-876.00, within(0.005));
	}

	@Test
	void correlatedSlopeByRemlHasLme4sStandardErrorsAndFixedEffectCorrelation() {
		ModelFit fit = fit("Reaction ~ Days + (Days | Subject)", Criterion.REML);
		assertThat(fit.fixedEffect("(Intercept)").standardError()).isCloseTo(6.825, within(5e-4));
		assertThat(fit.fixedEffect("Days").standardError()).isCloseTo(1.546, within(5e-4));
		assertThat(fit.fixedEffect("Days").tValue()).isCloseTo(6.771, within(5e-4));
		assertThat(fit.fixedCorrelation(0, 1)).isCloseTo(-0.138, within(5e-4));
	}

}
