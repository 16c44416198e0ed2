package org.alliance.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.alliance.outcome.ChangeCriterion;
import org.alliance.outcome.EpisodeOutcome;
import org.alliance.outcome.InstrumentChange;
import org.alliance.outcome.OnTrackVerdict;
import org.alliance.outcome.OnTrackVerdict.Flag;
import org.alliance.outcome.TalkingTherapiesCategories;
import org.alliance.report.EpisodeReport.CategoryLine;
import org.alliance.report.EpisodeReport.ChangeLine;
import org.alliance.report.EpisodeReport.Verdict;

/**
 * An episode's outcome in the report's words, in the same words and numbers as the client
 * page's outcome card: the verdicts are the {@code outcome} module's, only written out.
 */
final class OutcomeWords {

	private OutcomeWords() {
	}

	static Verdict verdict(OnTrackVerdict verdict) {
		String headline = (verdict.flag() == Flag.NOT_YET) ? "Not judged yet"
				: Boolean.TRUE.equals(verdict.onTrack()) ? "On track" : "Not on track";
		return new Verdict(headline, verdict.flag().wireName(), verdict.method().phrase(), verdict.reason());
	}

	/** The reliable change per measure, PHQ-9 (the measure judged on track) first. */
	static List<ChangeLine> changes(EpisodeOutcome outcome) {
		return outcome.reliableChange()
			.values()
			.stream()
			.sorted(Comparator.comparing((InstrumentChange c) -> !"phq9".equals(c.instrument()))
				.thenComparing(InstrumentChange::instrument))
			.map(OutcomeWords::change)
			.toList();
	}

	/** The NHS Talking Therapies categories in the manual's order. */
	static List<CategoryLine> categories(EpisodeOutcome outcome) {
		TalkingTherapiesCategories c = outcome.nhstt();
		List<CategoryLine> lines = new ArrayList<>();
		lines.add(new CategoryLine("finished a course (2 or more attended sessions)",
				(c.finished() ? "yes" : "no") + " (" + outcome.treatmentSessions() + " attended)"));
		lines.add(new CategoryLine("a case at the start", value(c.caseStart())));
		lines.add(new CategoryLine("recovered", value(c.recovered())));
		lines.add(new CategoryLine("reliable improvement", value(c.reliableImprovement())));
		lines.add(new CategoryLine("reliable deterioration", value(c.reliableDeterioration())));
		lines.add(new CategoryLine("reliable recovery", value(c.reliableRecovery())));
		return lines;
	}

	/** The instrument's name as printed: PHQ-9 for {@code phq9}. */
	static String instrumentName(String code) {
		return switch (code) {
			case "phq9" -> "PHQ-9";
			case "gad7" -> "GAD-7";
			default -> code.toUpperCase(Locale.ROOT);
		};
	}

	/** Points as printed: whole numbers without decimals, others to one. */
	static String points(double value) {
		return (value == Math.rint(value)) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
	}

	private static ChangeLine change(InstrumentChange c) {
		return new ChangeLine(instrumentName(c.instrument()), points(c.first()), points(c.last()),
				signed(points(c.change())), signed(String.format(Locale.ROOT, "%.2f", c.index())),
				c.verdict().wireName(),
				(c.criterion() == ChangeCriterion.POINTS) ? "reliable change in points (NHS Talking Therapies)"
						: "reliable change index beyond 1.96 (Jacobson & Truax 1991)");
	}

	private static String signed(String number) {
		return number.startsWith("-") ? "−" + number.substring(1)
				: (number.matches("0(\\.0+)?") ? number : "+" + number);
	}

	private static String value(Boolean category) {
		return (category == null) ? "not applicable" : (category ? "yes" : "no");
	}

}
