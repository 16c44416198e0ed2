package org.alliance.instrument;

/**
 * The means and standard deviations of the total in a functional (non-clinical) and a
 * dysfunctional (clinical) reference sample (extension {@code norms}), from which
 * Jacobson &amp; Truax (1991) place the cutoffs a, b and c of clinically significant
 * change. Either sample may be missing, as a pair.
 *
 * @param functionalMean the functional sample's mean, or null
 * @param functionalSd the functional sample's SD, or null
 * @param dysfunctionalMean the dysfunctional sample's mean, or null
 * @param dysfunctionalSd the dysfunctional sample's SD, or null
 * @param source where the norms were published, or null
 */
public record Norms(Double functionalMean, Double functionalSd, Double dysfunctionalMean, Double dysfunctionalSd,
		String source) {

	/**
	 * Whether the functional sample is given.
	 * @return true when its mean and SD are both given
	 */
	public boolean hasFunctional() {
		return this.functionalMean != null && this.functionalSd != null;
	}

	/**
	 * Whether the dysfunctional sample is given.
	 * @return true when its mean and SD are both given
	 */
	public boolean hasDysfunctional() {
		return this.dysfunctionalMean != null && this.dysfunctionalSd != null;
	}

}
