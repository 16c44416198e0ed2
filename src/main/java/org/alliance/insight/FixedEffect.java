package org.alliance.insight;

/**
 * One fixed-effect coefficient.
 *
 * @param name the model-matrix column, as R names it (e.g. {@code (Intercept)},
 * {@code Days})
 * @param estimate the estimate
 * @param standardError its standard error, {@code σ √((R_X'R_X)^{-1})_ii}
 */
public record FixedEffect(String name, double estimate, double standardError) {

	/**
	 * The t value lme4 prints.
	 * @return estimate over standard error
	 */
	public double tValue() {
		return this.estimate / this.standardError;
	}

}
