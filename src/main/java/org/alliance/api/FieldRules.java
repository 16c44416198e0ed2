package org.alliance.api;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * The rules every request field follows, on the API and on the pages alike, so that both
 * doors refuse the same values with the same words. Each rule adds a {@link FieldProblem}
 * naming the field and returns whether the value passed.
 */
public final class FieldRules {

	/** The earliest date Alliance records: no clinical record of ours is older. */
	public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	/**
	 * How far ahead a date may lie: no session is booked, no episode planned, further
	 * ahead.
	 */
	public static final Period AHEAD = Period.ofYears(2);

	private FieldRules() {
	}

	/**
	 * Text of at most {@code maxLength} characters (the column's size) without control
	 * characters; blank text passes only when not required.
	 */
	public static boolean text(List<FieldProblem> problems, String field, String value, int maxLength,
			boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(new FieldProblem(field, "Give a value; it must not be blank."));
			}
			return !required;
		}
		if (value.length() > maxLength) {
			problems.add(new FieldProblem(field, "Use at most " + maxLength + " characters."));
			return false;
		}
		if (controlCharacterIn(value)) {
			problems.add(new FieldProblem(field, "Text must not hold control characters."));
			return false;
		}
		return true;
	}

	/**
	 * A name that people read and tell apart, such as a client's pseudonym: {@link #text}
	 * and, besides, at least one visible character (a letter, digit, punctuation mark or
	 * symbol that is not a blank filler), and no invisible formatting character. A name
	 * of zero-width spaces shows as nothing; one with a right-to-left override (U+202E)
	 * shows its letters in another order than they are stored, so two names that look
	 * alike differ ("Trojan Source", CVE-2021-42574, https://trojansource.codes/; the
	 * explicit directional formatting characters of Unicode UAX #9,
	 * https://www.unicode.org/reports/tr9/#Explicit_Directional_Formatting_Characters).
	 * The zero-width non-joiner and joiner (U+200C, U+200D) stay allowed: Persian, Indic
	 * scripts and emoji need them between visible characters.
	 */
	public static boolean visibleName(List<FieldProblem> problems, String field, String value, int maxLength) {
		if (!text(problems, field, value, maxLength, true)) {
			return false;
		}
		if (value.codePoints().anyMatch(FieldRules::invisibleFormatting)) {
			problems.add(new FieldProblem(field,
					"Use no invisible or direction-changing characters (such as U+200B or U+202E)."));
			return false;
		}
		if (value.codePoints().noneMatch(FieldRules::visible)) {
			problems.add(new FieldProblem(field, "Give at least one visible letter, digit or sign."));
			return false;
		}
		return true;
	}

	/** A whole number from {@code min} to {@code max}; null fails as missing. */
	public static boolean whole(List<FieldProblem> problems, String field, Integer value, int min, int max) {
		if (value == null || value < min || value > max) {
			problems.add(new FieldProblem(field, "Give a whole number from " + min + " to " + max + "."));
			return false;
		}
		return true;
	}

	/**
	 * A calendar date from {@link #EARLIEST} to {@link #AHEAD} from today; null fails as
	 * missing. A date further ahead (2150 for 2015) is a typing error, not a plan.
	 */
	public static boolean date(List<FieldProblem> problems, String field, LocalDate value) {
		LocalDate latest = LocalDate.now().plus(AHEAD);
		if (value == null || value.isBefore(EARLIEST) || value.isAfter(latest)) {
			problems.add(new FieldProblem(field, "Give a date from " + EARLIEST + " to " + latest + " (YYYY-MM-DD)."));
			return false;
		}
		return true;
	}

	/** Throws the problems gathered so far, if any. */
	public static void refuseIfAny(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidRequest(problems);
		}
	}

	/**
	 * Whether the text holds a C0 or C1 control character other than tab, line feed and
	 * carriage return, or a lone surrogate: none belongs in a pseudonym, a note or an
	 * answer, and a NUL byte breaks databases and exports downstream.
	 */
	public static boolean controlCharacterIn(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\t' || c == '\n' || c == '\r') {
				continue;
			}
			if (Character.isISOControl(c)) {
				return true;
			}
			if (Character.isSurrogate(c)) {
				boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
						&& Character.isLowSurrogate(text.charAt(i + 1));
				if (!paired) {
					return true;
				}
				i++;
			}
		}
		return false;
	}

	/**
	 * A format character (Unicode category Cf: bidirectional controls, zero-width space,
	 * word joiner, soft hyphen, byte-order mark …) other than the joiners scripts need.
	 */
	private static boolean invisibleFormatting(int codePoint) {
		return Character.getType(codePoint) == Character.FORMAT && codePoint != 0x200C && codePoint != 0x200D;
	}

	/**
	 * A letter, digit, punctuation mark or symbol, except the fillers that are letters by
	 * category yet draw nothing (Hangul fillers U+115F, U+1160, U+3164, U+FFA0; the blank
	 * Braille pattern U+2800).
	 */
	private static boolean visible(int codePoint) {
		if (codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0x3164 || codePoint == 0xFFA0
				|| codePoint == 0x2800) {
			return false;
		}
		return switch (Character.getType(codePoint)) {
			case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
					Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
					Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.CONNECTOR_PUNCTUATION,
					Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
					Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION,
					Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
					Character.OTHER_SYMBOL ->
				true;
			default -> false;
		};
	}

}
