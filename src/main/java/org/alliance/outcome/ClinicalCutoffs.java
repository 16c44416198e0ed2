package org.alliance.outcome;

import org.alliance.instrument.Norms;

/**
 * The three cutoffs of clinically significant change of Jacobson &amp; Truax (1991), from
 * the norms of a dysfunctional (clinical) and a functional sample, on a scale where
 * higher means more symptoms: {@code a = M_clin − 2·SD_clin} (out of the clinical range),
 * {@code b = M_func + 2·SD_func} (into the functional range) and
 * {@code c = (SD_clin·M_func + SD_func·M_clin) / (SD_clin + SD_func)} (closer to the
 * functional mean than to the clinical one). A cutoff whose norms are missing is null.
 *
 * @param a in points, or null without clinical norms
 * @param b in points, or null without functional norms
 * @param c in points, or null unless both norms are given
 */
public record ClinicalCutoffs(Double a, Double b, Double c) {

	/** No norms, no cutoffs. */
	public static final ClinicalCutoffs NONE = new ClinicalCutoffs(null, null, null);

	/**
	 * The cutoffs the norms allow.
	 * @param norms the instrument's norms, or null
	 * @return never null
	 */
	public static ClinicalCutoffs of(Norms norms) {
		if (norms == null) {
			return NONE;
		}
		Double a = norms.hasDysfunctional() ? norms.dysfunctionalMean() - 2 * norms.dysfunctionalSd() : null;
		Double b = norms.hasFunctional() ? norms.functionalMean() + 2 * norms.functionalSd() : null;
		Double c = (norms.hasDysfunctional() && norms.hasFunctional())
				? (norms.dysfunctionalSd() * norms.functionalMean() + norms.functionalSd() * norms.dysfunctionalMean())
						/ (norms.dysfunctionalSd() + norms.functionalSd())
				: null;
		return new ClinicalCutoffs(a, b, c);
	}

	/**
	 * The cutoff Jacobson &amp; Truax prefer among those given: c when both samples are
	 * known, else b, else a.
	 * @return in points, or null without norms
	 */
	public Double preferred() {
		return (this.c != null) ? this.c : (this.b != null) ? this.b : this.a;
	}

}
