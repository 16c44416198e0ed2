package org.alliance.outcome;

import java.util.Locale;

/**
 * The clinic rates as a researcher reads them on the terminal: each rate with its
 * numerator and denominator.
 */
final class RatesText {

	private RatesText() {
	}

	static String of(TalkingTherapiesRates rates) {
		StringBuilder text = new StringBuilder();
		text.append(String.format(Locale.ROOT, "NHS Talking Therapies rates over %d episodes%n", rates.ended()));
		line(text, "finished a course", rates.finished(), "episodes");
		line(text, "case at the start", rates.caseStart(), "finished with paired scores");
		line(text, "recovery", rates.recovery(), "finished cases");
		line(text, "reliable improvement", rates.reliableImprovement(), "finished with paired scores");
		line(text, "reliable deterioration", rates.reliableDeterioration(), "finished with paired scores");
		line(text, "reliable recovery", rates.reliableRecovery(), "finished cases");
		return text.toString().replace(System.lineSeparator(), "\n");
	}

	private static void line(StringBuilder text, String name, Rate rate, String among) {
		String share = (rate.value() != null) ? String.format(Locale.ROOT, "%5.1f%%", 100 * rate.value()) : "    -";
		text.append(String.format(Locale.ROOT, "  %-23s %s  %d of %d %s%n", name, share, rate.numerator(),
				rate.denominator(), among));
	}

}
