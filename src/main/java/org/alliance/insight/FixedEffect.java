package org.alliance.insight;

import org.alliance.insight.internal.StudentT;

/**
 * One fixed-effect coefficient.
 *
 * @param name the model-matrix column, as R names it (e.g. {@code (Intercept)},
 * {@code Days})
 * @param estimate the estimate
 * @param standardError its standard error, {@code σ √((R_X'R_X)^{-1})_ii}
 * @param degreesOfFreedom Satterthwaite's degrees of freedom for its t test, NaN when
 * they could not be computed
 */
public record FixedEffect(String name, double estimate, double standardError, double degreesOfFreedom) {

	/**
	 * The t value lme4 prints.
	 * @return estimate over standard error
	 */
	public double tValue() {
		return this.estimate / this.standardError;
	}

	/**
	 * The two-sided p-value of the t test with Satterthwaite's degrees of freedom, as
	 * lmerTest reports it.
	 * @return {@code Pr(>|t|)}, NaN without degrees of freedom
	 */
	public double pValue() {
		return StudentT.twoSidedP(tValue(), this.degreesOfFreedom);
	}

}
