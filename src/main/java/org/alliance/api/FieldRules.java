package org.alliance.api;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.alliance.text.ReadableText;

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
	 * shows its letters in another order than they are stored ({@link ReadableText} says
	 * why and cites the sources). The zero-width non-joiner and joiner (U+200C, U+200D)
	 * stay allowed: Persian, Indic scripts and emoji need them between visible
	 * characters.
	 */
	public static boolean visibleName(List<FieldProblem> problems, String field, String value, int maxLength) {
		if (!text(problems, field, value, maxLength, true)) {
			return false;
		}
		if (ReadableText.invisibleFormattingIn(value)) {
			problems.add(new FieldProblem(field, ReadableText.NO_INVISIBLE));
			return false;
		}
		if (!ReadableText.visibleCharacterIn(value)) {
			problems.add(new FieldProblem(field, ReadableText.ONE_VISIBLE));
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
	 * carriage return, or a lone surrogate ({@link ReadableText#controlCharacterIn}).
	 */
	public static boolean controlCharacterIn(String text) {
		return ReadableText.controlCharacterIn(text);
	}

}
