package org.alliance.instrument;

/**
 * A severity band of the total score, both ends inclusive.
 *
 * @param from the lowest total in the band
 * @param to the highest total in the band
 * @param label the band's name as the manual gives it, such as {@code "moderate"}
 */
public record SeverityBand(double from, double to, String label) {

	/**
	 * Whether a total falls in this band.
	 * @param total a total score
	 * @return true when {@code from <= total <= to}
	 */
	public boolean contains(double total) {
		return from <= total && total <= to;
	}

}
