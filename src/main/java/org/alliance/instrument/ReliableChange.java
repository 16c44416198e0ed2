package org.alliance.instrument;

/**
 * What the instrument's sources say a reliable change is (extension
 * {@code reliable-change}). Every part may be missing.
 *
 * @param reliableChangePoints the least change in total points that counts as reliable
 * (for example 6 for PHQ-9 in NHS Talking Therapies), or null
 * @param sd the standard deviation of the total in the reference sample (Jacobson &amp;
 * Truax's s1: the pre-treatment, normal-population or control-group SD), for the Jacobson
 * &amp; Truax (1991) index, or null
 * @param reliability the reliability of the total (test-retest or alpha) for the same
 * index, or null
 * @param source where the values were published, or null
 */
public record ReliableChange(Double reliableChangePoints, Double sd, Double reliability, String source) {

	/**
	 * Whether the Jacobson &amp; Truax index can be computed from the definition.
	 * @return true when both the SD and the reliability are given
	 */
	public boolean hasIndexParameters() {
		return this.sd != null && this.reliability != null;
	}

}
