package org.alliance.insight;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fitted linear mixed model: everything lme4's {@code summary()} reports and more.
 *
 * @param formula the formula as given
 * @param criterion REML or ML
 * @param observations rows used
 * @param droppedRows rows dropped for a missing model variable
 * @param fixedEffects the fixed effects with standard errors
 * @param fixedCovariance the covariance of the fixed effects, {@code p × p} row by row
 * @param varianceComponents the random-effects covariances, in lme4's term order
 * @param residualVariance σ²
 * @param objective the REML criterion or the deviance ({@code -2 logLik}) at the optimum
 * @param groups the number of levels of each grouping factor
 * @param theta the relative covariance parameters at the optimum
 * @param conditionalModes the BLUPs per term
 * @param convergence the optimiser's diagnostics
 * @param scaledResiduals min, first quartile, median, third quartile and max of the
 * residuals over σ
 * @param referenceLevels the reference level of each factor coded by treatment contrasts,
 * by factor: the level its coefficients are compared with
 * @param warnings what the data cannot tell apart (e.g. a random slope of a variable that
 * never varies within its group), in plain words; empty when none
 */
public record ModelFit(String formula, Criterion criterion, int observations, int droppedRows,
		List<FixedEffect> fixedEffects, double[] fixedCovariance, List<VarianceComponent> varianceComponents,
		double residualVariance, double objective, Map<String, Integer> groups, double[] theta,
		List<ConditionalModes> conditionalModes, Convergence convergence, double[] scaledResiduals,
		Map<String, String> referenceLevels, List<String> warnings) {

	public ModelFit {
		fixedEffects = List.copyOf(fixedEffects);
		varianceComponents = List.copyOf(varianceComponents);
		groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
		conditionalModes = List.copyOf(conditionalModes);
		referenceLevels = Collections.unmodifiableMap(new LinkedHashMap<>(referenceLevels));
		warnings = List.copyOf(warnings);
	}

	/** σ, the residual standard deviation. */
	public double sigma() {
		return Math.sqrt(this.residualVariance);
	}

	/**
	 * The log-likelihood; for a REML fit the restricted one, as lme4's {@code logLik()}.
	 * @return {@code -objective / 2}
	 */
	public double logLikelihood() {
		return -this.objective / 2;
	}

	/** Parameters counted by AIC: fixed effects, θ and σ. */
	public int parameterCount() {
		return this.fixedEffects.size() + this.theta.length + 1;
	}

	/** Akaike's information criterion, {@code -2 logLik + 2k}. */
	public double aic() {
		return this.objective + 2 * parameterCount();
	}

	/** Schwarz's Bayesian information criterion, {@code -2 logLik + k log n}. */
	public double bic() {
		return this.objective + Math.log(this.observations) * parameterCount();
	}

	/** Residual degrees of freedom as lme4 prints them, {@code n - k}. */
	public int residualDegreesOfFreedom() {
		return this.observations - parameterCount();
	}

	/**
	 * The correlation of two fixed effects.
	 * @param i one index
	 * @param j another
	 * @return their correlation
	 */
	public double fixedCorrelation(int i, int j) {
		int p = this.fixedEffects.size();
		return this.fixedCovariance[i * p + j]
				/ Math.sqrt(this.fixedCovariance[i * p + i] * this.fixedCovariance[j * p + j]);
	}

	/**
	 * A fixed effect by name.
	 * @param name the column name
	 * @return the effect
	 * @throws IllegalArgumentException when absent
	 */
	public FixedEffect fixedEffect(String name) {
		return this.fixedEffects.stream()
			.filter((effect) -> effect.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no fixed effect " + name));
	}

}
