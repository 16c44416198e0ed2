package org.alliance.outcome;

import java.util.ArrayList;
import java.util.List;

/**
 * The PHQ-9 chart of one episode (drawn by {@code static/js/outcome-chart.js}): the
 * client's totals by session and, under the clinic's expected treatment response, the
 * expected score with its tolerance band for the client's intake. A session without a
 * PHQ-9 is a gap (null), never a zero.
 *
 * @param sessions the session numbers on the axis, from 1
 * @param phq9 the client's totals
 * @param mean the expected scores, empty under the rules
 * @param lower the band's lower bound, empty under the rules
 * @param upper the band's upper bound (above it: not on track), empty under the rules
 */
record OutcomeChart(List<Integer> sessions, List<Double> phq9, List<Double> mean, List<Double> lower,
		List<Double> upper) {

	static OutcomeChart of(List<SessionScore> scores, List<ExpectedScore> band) {
		List<SessionScore> phq9 = scores.stream()
			.filter((s) -> ExpectedResponse.INSTRUMENT.equals(s.instrument()))
			.toList();
		int last = Math.max(band.size(), phq9.stream().mapToInt(SessionScore::session).max().orElse(0));
		OutcomeChart chart = new OutcomeChart(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
				new ArrayList<>(), new ArrayList<>());
		for (int session = 1; session <= last; session++) {
			int at = session;
			chart.sessions.add(session);
			chart.phq9
				.add(phq9.stream().filter((s) -> s.session() == at).map(SessionScore::total).findFirst().orElse(null));
		}
		for (ExpectedScore expected : band) {
			chart.mean.add(expected.mean());
			chart.lower.add(expected.lower());
			chart.upper.add(expected.upper());
		}
		return chart;
	}

	/** Whether there is anything to draw. */
	public boolean drawn() {
		return this.phq9.stream().anyMatch((total) -> total != null);
	}

	/** Whether the expected band is drawn (the clinic's model judges). */
	public boolean banded() {
		return !this.upper.isEmpty();
	}

}
