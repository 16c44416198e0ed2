package org.alliance.outcome;

/**
 * A share with its counts, so that a reader can check it and see how few episodes it
 * rests on.
 *
 * @param numerator episodes in the category
 * @param denominator episodes the category is judged among
 */
public record Rate(int numerator, int denominator) {

	public Rate {
		if (numerator < 0 || numerator > denominator) {
			throw new IllegalArgumentException(
					"need 0 <= numerator <= denominator, not " + numerator + "/" + denominator);
		}
	}

	/**
	 * The share.
	 * @return {@code numerator / denominator} from 0 to 1, or null when the denominator
	 * is 0
	 */
	public Double value() {
		return (this.denominator == 0) ? null : (double) this.numerator / this.denominator;
	}

}
