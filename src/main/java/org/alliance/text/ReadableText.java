package org.alliance.text;

/**
 * Character rules for text that people read and tell apart: a client's pseudonym, a
 * person's name. Plain functions of the text, so that every door (the API's field rules,
 * the account rules of the pages and commands) refuses the same characters.
 * <p>
 * Why these rules: a name of zero-width spaces shows as nothing, and one with a
 * right-to-left override (U+202E) shows its letters in another order than they are
 * stored, so two names that look alike differ ("Trojan Source", CVE-2021-42574,
 * https://trojansource.codes/; the explicit directional formatting characters of Unicode
 * UAX #9,
 * https://www.unicode.org/reports/tr9/#Explicit_Directional_Formatting_Characters).
 */
public final class ReadableText {

	/** What a person is told when {@link #invisibleFormattingIn} holds. */
	public static final String NO_INVISIBLE = "Use no invisible or direction-changing characters (such as U+200B or U+202E).";

	/** What a person is told when {@link #visibleCharacterIn} does not hold. */
	public static final String ONE_VISIBLE = "Give at least one visible letter, digit or sign.";

	private ReadableText() {
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
	 * Whether the text holds a format character (Unicode category Cf: bidirectional
	 * controls, zero-width space, word joiner, soft hyphen, byte-order mark …) other than
	 * the zero-width non-joiner and joiner (U+200C, U+200D), which Persian, Indic scripts
	 * and emoji need between visible characters.
	 */
	public static boolean invisibleFormattingIn(String text) {
		return text.codePoints()
			.anyMatch((c) -> Character.getType(c) == Character.FORMAT && c != 0x200C && c != 0x200D);
	}

	/**
	 * Whether the text holds at least one visible character: a letter, digit, punctuation
	 * mark or symbol, except the fillers that are letters by category yet draw nothing
	 * (Hangul fillers U+115F, U+1160, U+3164, U+FFA0; the blank Braille pattern U+2800).
	 */
	public static boolean visibleCharacterIn(String text) {
		return text.codePoints().anyMatch(ReadableText::visible);
	}

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
