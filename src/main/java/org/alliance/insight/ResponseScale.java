package org.alliance.insight;

import java.util.Set;
import java.util.TreeSet;

/**
 * The response options of a scale's items: from {@code min} to {@code max}, plus values
 * the data use as codes for a missing answer (SPSS-style 9, 99, −9). A value outside the
 * range that is not a declared code is a typo or an undeclared code, never a score.
 *
 * @param min the lowest response option
 * @param max the highest response option
 * @param missingCodes values that mean "no answer", all outside the range
 */
public record ResponseScale(double min, double max, Set<Double> missingCodes) {

	/**
	 * Validates the scale.
	 * @throws InvalidInputException when min is not below max or a code is a valid
	 * response
	 */
	public ResponseScale {
		if (!(min < max)) {
			throw new InvalidInputException("the scale minimum must be below its maximum");
		}
		missingCodes = Set.copyOf(missingCodes);
		for (double code : missingCodes) {
			if (code >= min && code <= max) {
				throw new InvalidInputException("missing-value code " + format(code)
						+ " is a valid response on the scale " + format(min) + " to " + format(max));
			}
		}
	}

	/**
	 * A scale with no missing-value codes.
	 * @param min the lowest response option
	 * @param max the highest response option
	 * @return the scale
	 */
	public static ResponseScale of(double min, double max) {
		return new ResponseScale(min, max, Set.of());
	}

	boolean contains(double value) {
		return value >= this.min && value <= this.max;
	}

	boolean isMissingCode(double value) {
		return this.missingCodes.contains(value);
	}

	/** A reverse-keyed item's score: {@code min + max − x}. */
	double reverse(double value) {
		return this.min + this.max - value;
	}

	String describe() {
		return format(this.min) + " to " + format(this.max)
				+ (this.missingCodes.isEmpty() ? ""
						: " (missing-value codes "
								+ String.join(", ",
										new TreeSet<>(this.missingCodes).stream().map(ResponseScale::format).toList())
								+ ")");
	}

	/** A number as a user typed it: integers without a decimal point. */
	static String format(double value) {
		return (value == Math.rint(value) && Math.abs(value) < 1e15) ? Long.toString((long) value)
				: Double.toString(value);
	}

}
