package org.alliance.report;

import java.util.List;
import java.util.UUID;

/**
 * What an episode report says, in the words and numbers the page and the PDF print: who
 * and when, how the client's symptoms went (with the verdicts of the {@code outcome}
 * module), how the alliance went (with the ruptures of the {@code alliance} module), the
 * sessions one by one, and the signals of the episode with what was done about them.
 *
 * @param heading who, when and how many sessions
 * @param verdict the on-track verdict with its method
 * @param changes the reliable change per symptom measure, PHQ-9 first
 * @param categories the NHS Talking Therapies categories in the manual's order
 * @param sessions the episode's sessions by number, with their scores
 * @param symptoms the PHQ-9 and GAD-7 chart
 * @param alliance the alliance chart
 * @param ruptures the ruptures under both rules, by session
 * @param signals the signals of the episode, in the order they were raised
 * @param enteredOnBehalf the client's measures that staff entered on the client's behalf
 * (a paper form), by session, e.g. "Session 3: PHQ-9 entered by Ana Ruiz"; their scores
 * are marked {@value #ON_BEHALF_MARK} in the table of sessions
 */
record EpisodeReport(Heading heading, Verdict verdict, List<ChangeLine> changes, List<CategoryLine> categories,
		List<SessionLine> sessions, Chart symptoms, Chart alliance, List<RuptureLine> ruptures,
		List<SignalLine> signals, List<String> enteredOnBehalf) {

	/** Follows a score that staff entered on the client's behalf. */
	static final String ON_BEHALF_MARK = "†";

	EpisodeReport {
		enteredOnBehalf = List.copyOf(enteredOnBehalf);
		changes = List.copyOf(changes);
		categories = List.copyOf(categories);
		sessions = List.copyOf(sessions);
		ruptures = List.copyOf(ruptures);
		signals = List.copyOf(signals);
	}

	/** The file name of the report's PDF, from the pseudonym and the episode's start. */
	String fileName() {
		String name = this.heading.pseudonym().replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
		return "episode-report-" + (name.isEmpty() ? "client" : name) + "-" + this.heading.start() + ".pdf";
	}

	/**
	 * Who and when.
	 *
	 * @param clinic the clinic's name
	 * @param period e.g. "2026-01-05 to 2026-03-30" or "from 2026-01-05, still open"
	 * @param endReason the end reason in words, or null while open
	 * @param provisional whether the episode is still open, so that every verdict is as
	 * if it ended today
	 * @param attendance e.g. "8 booked: 7 attended, 1 no-show, 0 cancelled"
	 * @param prepared e.g. "2026-04-02 14:05 by Dr Ana Ruiz"
	 */
	record Heading(String clinic, UUID clientId, String pseudonym, String therapist, UUID episodeId, String start,
			String period, String endReason, boolean provisional, int attended, int noShows, String attendance,
			String prepared) {
	}

	/**
	 * Whether the client is on track.
	 *
	 * @param headline "On track", "Not on track" or "Not judged yet"
	 * @param flag {@code green}, {@code amber}, {@code red} or {@code not-yet}
	 * @param method the method in words, e.g. "by the reliable-change rules"
	 * @param reason the verdict with its numbers
	 */
	record Verdict(String headline, String flag, String method, String reason) {
	}

	/** One measure's reliable change; the numbers as the outcome module gives them. */
	record ChangeLine(String instrument, String first, String last, String change, String index, String verdict,
			String criterion) {
	}

	/** One NHS Talking Therapies category: yes, no or not applicable. */
	record CategoryLine(String category, String value) {
	}

	/**
	 * A session of the episode; a score not given is an empty string.
	 *
	 * @param allianceClient the client's alliance check, per-item mean of bond, task and
	 * goal (1–5)
	 * @param allianceTherapist the therapist's own, the same way
	 */
	record SessionLine(int number, String date, String attendance, String phq9, String gad7, String allianceClient,
			String allianceTherapist) {
	}

	/**
	 * A rupture and what became of it.
	 *
	 * @param rule the rule in words, e.g. "1 SD (Strauss et al. 2006)"
	 * @param signalled whether this rule's ruptures raise the clinic's signals
	 * @param scale total, bond, task or goal
	 * @param drop e.g. "4.5 → 3.2 (1.9 SD)"
	 * @param outcome "repaired at session 5", "not repaired" or "repair window still
	 * open"
	 */
	record RuptureLine(int session, String rule, boolean signalled, String scale, String drop, String outcome) {
	}

	/**
	 * A signal and what was done.
	 *
	 * @param kind e.g. "rupture", "not on track"
	 * @param session e.g. "session of 2026-02-02", or an empty string
	 * @param raised when it was raised
	 * @param status where it is in its loop, in words
	 * @param acknowledged e.g. "acknowledged by Dr Ana Ruiz, 2026-02-03 09:12", or empty
	 * @param steps the steps recorded, oldest first
	 * @param resolution e.g. "resolved by Dr Ana Ruiz, 2026-02-10 10:00: the client ..."
	 * or empty while it is worked
	 */
	record SignalLine(String kind, String summary, String session, String raised, String status, String acknowledged,
			List<StepLine> steps, String resolution) {

		SignalLine {
			steps = List.copyOf(steps);
		}

	}

	/**
	 * A step taken on a signal.
	 *
	 * @param step the step's heading, e.g. "Checked the alliance with the client"
	 * @param note what the therapist wrote, or empty
	 * @param by who recorded it
	 * @param at when
	 */
	record StepLine(String step, String note, String by, String at) {
	}

}
