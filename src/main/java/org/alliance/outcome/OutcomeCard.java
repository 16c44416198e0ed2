package org.alliance.outcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.alliance.outcome.OnTrackVerdict.Flag;

/**
 * One episode's outcome as the client page and the session brief show it: whether the
 * client is on track, with its flag, its reason and the method that judged; the reliable
 * change per symptom instrument; the NHS Talking Therapies categories, provisional while
 * the episode is open; and the PHQ-9 chart with the expected band. Every number is the
 * outcome's own ({@link EpisodeOutcomes}, {@link ExpectedResponse}), only put in words.
 *
 * @param start the episode's first day
 * @param end its last day, or null while open
 * @param headline "On track", "Not on track" or "Not judged yet"
 * @param flag {@code green}, {@code amber}, {@code red} or {@code not-yet}
 * @param method the method in words, e.g. "by the reliable-change rules"
 * @param reason the verdict in words with its numbers
 * @param changes the reliable change of each instrument scored at two sessions or more
 * @param categories the NHS Talking Therapies categories, in the manual's order
 * @param provisional whether the categories are provisional (the episode is open)
 * @param chart the PHQ-9 chart's data
 */
record OutcomeCard(LocalDate start, LocalDate end, String headline, String flag, String method, String reason,
		List<ChangeLine> changes, List<CategoryLine> categories, boolean provisional, OutcomeChart chart) {

	static OutcomeCard of(EpisodeOutcome outcome) {
		OnTrackVerdict verdict = outcome.onTrack();
		// PHQ-9 first, the measure the verdict judges; then the others by code.
		List<ChangeLine> changes = new ArrayList<>();
		outcome.reliableChange()
			.values()
			.stream()
			.sorted(Comparator.comparing((InstrumentChange c) -> !ExpectedResponse.INSTRUMENT.equals(c.instrument()))
				.thenComparing(InstrumentChange::instrument))
			.forEach((change) -> changes.add(ChangeLine.of(change)));
		return new OutcomeCard(outcome.start(), outcome.end(), headline(verdict), verdict.flag().wireName(),
				verdict.method().phrase(), verdict.reason(), changes,
				CategoryLine.of(outcome.nhstt(), outcome.treatmentSessions()), outcome.open(),
				OutcomeChart.of(outcome.scores(), verdict.band()));
	}

	private static String headline(OnTrackVerdict verdict) {
		if (verdict.flag() == Flag.NOT_YET) {
			return "Not judged yet";
		}
		return Boolean.TRUE.equals(verdict.onTrack()) ? "On track" : "Not on track";
	}

	/** The instrument's name on screen: PHQ-9 for {@code phq9}. */
	static String instrumentName(String code) {
		return switch (code) {
			case "phq9" -> "PHQ-9";
			case "gad7" -> "GAD-7";
			default -> code.toUpperCase(Locale.ROOT);
		};
	}

	/**
	 * An instrument's reliable change in words.
	 *
	 * @param instrument e.g. PHQ-9
	 * @param first the first total, e.g. "18"
	 * @param last the last total
	 * @param change the change in points, signed, e.g. "−11"
	 * @param index the reliable change index to two decimals, e.g. "−3.59"
	 * @param verdict recovered, improved, unchanged or deteriorated
	 * @param criterion what decided reliability, in words
	 */
	record ChangeLine(String instrument, String first, String last, String change, String index, String verdict,
			String criterion) {

		static ChangeLine of(InstrumentChange c) {
			return new ChangeLine(instrumentName(c.instrument()), OnTrackRules.points(c.first()),
					OnTrackRules.points(c.last()), signed(OnTrackRules.points(c.change())),
					signed(String.format(Locale.ROOT, "%.2f", c.index())), c.verdict().wireName(),
					(c.criterion() == ChangeCriterion.POINTS) ? "reliable change in points (NHS Talking Therapies)"
							: "reliable change index beyond 1.96 (Jacobson & Truax 1991)");
		}

		private static String signed(String number) {
			return number.startsWith("-") ? "−" + number.substring(1)
					: (number.matches("0(\\.0+)?") ? number : "+" + number);
		}

	}

	/**
	 * One NHS Talking Therapies category and its value: yes, no or not applicable.
	 */
	record CategoryLine(String category, String value) {

		static List<CategoryLine> of(TalkingTherapiesCategories c, int sessions) {
			return List.of(
					new CategoryLine("finished a course (2 or more attended sessions)",
							(c.finished() ? "yes" : "no") + " (" + sessions + " attended)"),
					new CategoryLine("a case at the start", value(c.caseStart())),
					new CategoryLine("recovered", value(c.recovered())),
					new CategoryLine("reliable improvement", value(c.reliableImprovement())),
					new CategoryLine("reliable deterioration", value(c.reliableDeterioration())),
					new CategoryLine("reliable recovery", value(c.reliableRecovery())));
		}

		private static String value(Boolean category) {
			return (category == null) ? "not applicable" : (category ? "yes" : "no");
		}

	}

}
