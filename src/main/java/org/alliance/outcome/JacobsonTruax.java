package org.alliance.outcome;

/**
 * The reliable change index of Jacobson &amp; Truax (1991), "Clinical significance: a
 * statistical approach to defining meaningful change in psychotherapy research", J
 * Consult Clin Psychol 59:12-19: the standard error of measurement
 * {@code SE = s1·√(1 − r)}, the standard error of a difference {@code S_diff = √(2·SE²)}
 * and {@code RC = (x2 − x1) / S_diff}; a change is reliable when {@code |RC| > 1.96},
 * beyond what measurement error alone gives 95% of the time.
 */
public final class JacobsonTruax {

	/** The two-sided 95% point of the standard normal distribution. */
	public static final double CRITICAL_INDEX = 1.96;

	private JacobsonTruax() {
	}

	/**
	 * The standard error of measurement.
	 * @param s1 the SD of the reference sample (pre-treatment, normal population or
	 * control group), in points of the instrument's scale
	 * @param reliability the reliability of the total, above 0 and below 1
	 * @return {@code s1·√(1 − r)}, in points
	 */
	public static double standardError(double s1, double reliability) {
		if (!(s1 > 0) || !(reliability > 0 && reliability < 1)) {
			throw new IllegalArgumentException("need s1 > 0 and 0 < r < 1, not " + s1 + " and " + reliability);
		}
		return s1 * Math.sqrt(1 - reliability);
	}

	/**
	 * The standard error of the difference between two scores.
	 * @param s1 as for {@link #standardError}
	 * @param reliability as for {@link #standardError}
	 * @return {@code √2·SE}, in points
	 */
	public static double differenceStandardError(double s1, double reliability) {
		return Math.sqrt(2) * standardError(s1, reliability);
	}

	/**
	 * The reliable change index.
	 * @param before the first score
	 * @param after the last score
	 * @param differenceStandardError {@code S_diff}, above 0
	 * @return {@code (after − before) / S_diff}; negative when the score fell
	 */
	public static double index(double before, double after, double differenceStandardError) {
		return (after - before) / differenceStandardError;
	}

}
