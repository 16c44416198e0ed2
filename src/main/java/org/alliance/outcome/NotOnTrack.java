package org.alliance.outcome;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.alliance.outcome.OnTrackVerdict.Flag;
import org.alliance.outcome.OnTrackVerdict.Method;

/**
 * A red verdict as the inbox tells it: the latest PHQ-9 above the upper bound of the
 * clinic's expected treatment response for the client's intake (Finch, Lambert &amp;
 * Schaalje 2001), or, under the rules, a reliable deterioration since the intake. Amber
 * (no reliable improvement by the review session) stays on the client's page and brief
 * and raises nothing: the feedback systems this follows alert on the red signal (Lambert
 * &amp; Shimokawa 2011).
 *
 * @param verdict the red verdict, never null
 * @param intake the episode's first PHQ-9
 * @param latest its latest PHQ-9, the one judged
 * @param expected the band at the latest session under the model, null under the rules
 */
record NotOnTrack(OnTrackVerdict verdict, ScoredSession intake, ScoredSession latest, ExpectedScore expected) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * The finding, when the verdict on the episode's PHQ-9 totals is red.
	 * @param scores the episode's totals in session order, the intake first
	 * @param verdict the verdict on them ({@link ExpectedResponse#judge})
	 * @return empty unless red
	 */
	static Optional<NotOnTrack> of(List<ScoredSession> scores, OnTrackVerdict verdict) {
		if (verdict.flag() != Flag.RED || scores.size() < 2) {
			return Optional.empty();
		}
		ScoredSession latest = scores.get(scores.size() - 1);
		ExpectedScore expected = (verdict.method() == Method.ETR && latest.session() <= verdict.band().size())
				? verdict.band().get(latest.session() - 1) : null;
		return Optional.of(new NotOnTrack(verdict, scores.get(0), latest, expected));
	}

	/**
	 * One line in plain words, e.g. "PHQ-9 21 at session 4 is above the expected range
	 * for an intake of 20: expected 15.3, at most 19.5 (by the clinic's expected
	 * treatment response)".
	 */
	String summary() {
		if (this.expected != null) {
			return String.format(Locale.ROOT,
					"PHQ-9 %s at session %d is above the expected range for an intake of %s: expected %.1f, at most %.1f (%s)",
					OnTrackRules.points(this.latest.total()), this.latest.session(),
					OnTrackRules.points(this.intake.total()), this.expected.mean(), this.expected.upper(),
					this.verdict.method().phrase());
		}
		return String.format(Locale.ROOT,
				"PHQ-9 rose from %s at session %d to %s at session %d, a reliable deterioration (%s)",
				OnTrackRules.points(this.intake.total()), this.intake.session(),
				OnTrackRules.points(this.latest.total()), this.latest.session(), this.verdict.method().phrase());
	}

	/** The evidence the signal's page lists: a flat JSON object of labels and values. */
	String evidence() {
		Map<String, String> evidence = new LinkedHashMap<>();
		evidence.put("judged", this.verdict.method().phrase());
		evidence.put("intake",
				"PHQ-9 " + OnTrackRules.points(this.intake.total()) + " at session " + this.intake.session());
		evidence.put("latest",
				"PHQ-9 " + OnTrackRules.points(this.latest.total()) + " at session " + this.latest.session());
		if (this.expected != null) {
			evidence.put("expected", String.format(Locale.ROOT, "%.1f", this.expected.mean()));
			evidence.put("upper bound", String.format(Locale.ROOT, "%.1f", this.expected.upper()));
		}
		evidence.put("verdict", this.verdict.reason());
		return JSON.writeValueAsString(evidence);
	}

}
