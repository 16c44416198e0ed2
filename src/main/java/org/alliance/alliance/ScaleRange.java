package org.alliance.alliance;

/**
 * The answer range of an instrument's items, so that scores of instruments of different
 * lengths compare as per-item means and as percent of maximum possible (POMP; Cohen,
 * Cohen, Aiken &amp; West 1999).
 *
 * @param min lowest answer, in points of the item scale
 * @param max highest answer, above {@code min}
 */
public record ScaleRange(double min, double max) {

	/** The 1–5 items of {@code alliance-check} and {@code wai-sr}. */
	public static final ScaleRange ONE_TO_FIVE = new ScaleRange(1, 5);

	public ScaleRange {
		if (!(max > min) || Double.isInfinite(min) || Double.isInfinite(max)) {
			throw new IllegalArgumentException("a scale needs a finite max above its min: " + min + ".." + max);
		}
	}

	/**
	 * Converts a per-item mean to percent of scale maximum: (mean − min)/(max − min) ×
	 * 100.
	 * @param itemMean a per-item mean within the range
	 * @return 0 at the minimum, 100 at the maximum
	 */
	public double pomp(double itemMean) {
		return (itemMean - this.min) / (this.max - this.min) * 100;
	}

}
