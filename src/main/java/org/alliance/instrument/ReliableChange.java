package org.alliance.instrument;

/**
 * What the instrument's sources say a reliable change is. Either part may be missing.
 *
 * @param reliableChangePoints the least change in total points that counts as reliable
 * (for example 6 for PHQ-9 in NHS Talking Therapies), or null
 * @param sd the standard deviation of the total in the reference sample, for the Jacobson
 * &amp; Truax (1991) index, or null
 * @param reliability the reliability of the total (test-retest or alpha) for the same
 * index, or null
 */
public record ReliableChange(Double reliableChangePoints, Double sd, Double reliability) {

}
