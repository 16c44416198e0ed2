package org.alliance.report;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.alliance.alliance.AllianceScale;
import org.alliance.alliance.ClientAlliance;
import org.alliance.alliance.Perspective;
import org.alliance.alliance.RuptureEpisode;
import org.alliance.outcome.EpisodeOutcome;
import org.alliance.outcome.ExpectedScore;

/**
 * The report's two charts: the symptom measures by session, with the clinic's expected
 * course where its own model judges, and the alliance by session as the client and the
 * therapist rated it, ruptures ringed.
 */
final class ReportCharts {

	static final String PHQ9 = "#2f6f8f";

	static final String GAD7 = "#8a5a00";

	static final String THERAPIST = "#5f6b72";

	static final String RUPTURE = "#b4443c";

	static final String BAND = "#dcebf2";

	private ReportCharts() {
	}

	/**
	 * PHQ-9 and GAD-7 totals by session on one 0–27 scale, and under the clinic's
	 * expected treatment response the expected PHQ-9 and its band.
	 * @param lastSession the episode's last session number
	 */
	static Chart symptoms(EpisodeOutcome outcome, int lastSession) {
		SortedMap<Integer, Double> phq9 = totals(outcome, "phq9");
		SortedMap<Integer, Double> gad7 = totals(outcome, "gad7");
		int sessions = Math.max(lastSession, Math.max(last(phq9), last(gad7)));
		ChartPlot plot = new ChartPlot(sessions, 0, 27, List.of(0.0, 5.0, 10.0, 15.0, 20.0, 25.0), "points");
		SortedMap<Integer, Double> lower = new TreeMap<>();
		SortedMap<Integer, Double> upper = new TreeMap<>();
		SortedMap<Integer, Double> mean = new TreeMap<>();
		for (ExpectedScore expected : outcome.onTrack().band()) {
			if (expected.session() <= sessions) {
				lower.put(expected.session(), expected.lower());
				upper.put(expected.session(), expected.upper());
				mean.put(expected.session(), expected.mean());
			}
		}
		plot.band(lower, upper, BAND, "expected PHQ-9 band");
		plot.series(mean, THERAPIST, 1.5, List.of(2.0, 3.0), 0, "expected PHQ-9");
		plot.series(phq9, PHQ9, 2.5, List.of(), 3.5, "PHQ-9");
		plot.series(gad7, GAD7, 2, List.of(6.0, 4.0), 3, "GAD-7");
		String band = upper.isEmpty() ? "" : ", against the expected PHQ-9 course and its band for this intake";
		return plot.chart("symptoms", "PHQ-9 and GAD-7 totals by session (higher is worse)" + band);
	}

	/**
	 * The alliance check's total (per-item mean of bond, task and goal, 1–5) by session
	 * as the client rated it and as the therapist did, the sessions where a rupture
	 * opened under the clinic's signalling rule ringed.
	 * @param rule the code of the rule whose ruptures raise signals
	 */
	static Chart alliance(ClientAlliance alliance, String rule, int lastSession) {
		SortedMap<Integer, Double> client = total(alliance, Perspective.CLIENT);
		SortedMap<Integer, Double> therapist = total(alliance, Perspective.THERAPIST);
		int sessions = Math.max(lastSession, Math.max(last(client), last(therapist)));
		ChartPlot plot = new ChartPlot(sessions, 1, 5, List.of(1.0, 2.0, 3.0, 4.0, 5.0), "1–5");
		plot.series(client, PHQ9, 2.5, List.of(), 3.5, "client's rating");
		plot.series(therapist, THERAPIST, 2, List.of(6.0, 4.0), 3, "therapist's rating");
		SortedMap<Integer, Double> ruptures = new TreeMap<>();
		for (RuptureEpisode rupture : alliance.ruptures().getOrDefault(rule, List.of())) {
			Double rated = client.get(rupture.session());
			if (rated != null) {
				ruptures.put(rupture.session(), rated);
			}
		}
		plot.rings(ruptures, RUPTURE, "rupture");
		return plot.chart("alliance",
				"The alliance by session (bond, task and goal, 1–5): the client's rating"
						+ (therapist.isEmpty() ? "" : " and the therapist's")
						+ (ruptures.isEmpty() ? "" : ", ruptures ringed"));
	}

	/** The alliance check's total by session from one perspective. */
	static SortedMap<Integer, Double> total(ClientAlliance alliance, Perspective perspective) {
		SortedMap<Integer, Double> totals = new TreeMap<>();
		alliance.trajectory()
			.series(perspective, AllianceScale.TOTAL)
			.forEach((point) -> totals.put(point.session(), point.itemMean()));
		return totals;
	}

	/** A symptom measure's totals by session. */
	static SortedMap<Integer, Double> totals(EpisodeOutcome outcome, String instrument) {
		SortedMap<Integer, Double> totals = new TreeMap<>();
		outcome.scores()
			.stream()
			.filter((s) -> s.instrument().equals(instrument))
			.forEach((s) -> totals.put(s.session(), s.total()));
		return totals;
	}

	private static int last(SortedMap<Integer, Double> values) {
		return values.isEmpty() ? 0 : values.lastKey();
	}

}
