package org.alliance.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alliance.outcome.EpisodeOutcome;
import org.alliance.outcome.ExpectedScore;
import org.alliance.outcome.OnTrackVerdict;
import org.alliance.outcome.OnTrackVerdict.Flag;
import org.alliance.outcome.OnTrackVerdict.Method;
import org.alliance.outcome.SessionScore;
import org.alliance.outcome.TalkingTherapiesCategories;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The symptom chart's marks, placed by hand: a chart is 640 by 240 units, its plot runs
 * from x 40 to 626 and from y 30 (27 points) down to 206 (0 points). With four sessions
 * each has a quarter of the width and sits in its middle: x = 40 + (s − 0.5) / 4 · 586,
 * so 113.25, 259.75, 406.25, 552.75; a score v sits at y = 206 − v / 27 · 176, so 18 at
 * 88.67, 16 at 101.7 and 12 at 127.78.
 */
class ReportChartsTests {

	@Test
	void drawsThePhq9WithAGapWhereASessionHasNoScoreAndTheExpectedBandUnderTheClinicsModel() {
		List<ExpectedScore> band = new ArrayList<>();
		double[] mean = { 17, 15, 14, 13, 12, 12 };
		for (int session = 1; session <= mean.length; session++) {
			double m = mean[session - 1];
			band.add(new ExpectedScore(session, m, 3, m - 4, m + 4));
		}
		String svg = ReportCharts.symptoms(outcome(new OnTrackVerdict(Method.ETR, Flag.GREEN, "On track.", band)), 4)
			.svg();

		// Sessions 1 and 2 joined, session 3 missing, session 4 a dot alone.
		assertThat(svg).contains("<polyline points=\"113.25,88.67 259.75,101.7\" fill=\"none\" stroke=\"#2f6f8f\"")
			.contains("<circle cx=\"552.75\" cy=\"127.78\" r=\"3.5\" fill=\"#2f6f8f\"/>")
			.doesNotContain("259.75,101.7 552.75");
		// The band over the episode's four sessions only: upper bounds 21, 19, 18, 17
		// left to right, then lower bounds 9, 10, 11, 13 right to left.
		assertThat(svg).contains("<polygon points=\"113.25,69.11 259.75,82.15 406.25,88.67 552.75,95.19 "
				+ "552.75,147.33 406.25,140.81 259.75,134.3 113.25,121.26\" fill=\"#dcebf2\"/>");
		assertThat(svg).contains(">expected PHQ-9 band</text>", ">expected PHQ-9</text>", ">PHQ-9</text>")
			.doesNotContain(">GAD-7</text>");
		assertThat(svg).contains("<title id=\"chart-symptoms-title\">PHQ-9 and GAD-7 totals by session (higher is "
				+ "worse), against the expected PHQ-9 course and its band for this intake</title>");
	}

	@Test
	void drawsNoBandUnderTheRules() {
		String svg = ReportCharts
			.symptoms(outcome(new OnTrackVerdict(Method.RULES, Flag.GREEN, "On track.", List.of())), 4)
			.svg();
		assertThat(svg).doesNotContain("<polygon", "expected PHQ-9");
		// Sessions along the bottom, the scale up the left.
		assertThat(svg).contains(">1</text>", ">4</text>", ">Session</text>", ">25</text>", ">points</text>");
	}

	/** PHQ-9 18, 16 and 12 at sessions 1, 2 and 4 of an open episode. */
	private static EpisodeOutcome outcome(OnTrackVerdict verdict) {
		List<SessionScore> scores = List.of(new SessionScore(1, "phq9", 18), new SessionScore(2, "phq9", 16),
				new SessionScore(4, "phq9", 12));
		return new EpisodeOutcome(UUID.randomUUID(), LocalDate.of(2026, 1, 5), null, scores, Map.of(), 3,
				new TalkingTherapiesCategories(true, null, null, null, null, null), verdict);
	}

}
