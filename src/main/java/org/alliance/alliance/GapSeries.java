package org.alliance.alliance;

import java.util.List;
import java.util.Optional;

/**
 * The perception gap of one client on one scale over sessions.
 *
 * @param client key of the client
 * @param scale the scale
 * @param points the gap at every session with both a prediction and a client rating, by
 * session; unmodifiable
 * @param trend OLS slope of the gap over session numbers, in points per item per session;
 * NaN with fewer than two sessions
 * @param signals every over-estimate run, by session; unmodifiable
 */
public record GapSeries(String client, AllianceScale scale, List<GapPoint> points, double trend,
		List<OverestimationSignal> signals) {

	public GapSeries {
		points = List.copyOf(points);
		signals = List.copyOf(signals);
	}

	/**
	 * The mean gap over all sessions so far.
	 * @return the last running mean, empty without sessions
	 */
	public Optional<Double> mean() {
		return this.points.isEmpty() ? Optional.empty()
				: Optional.of(this.points.get(this.points.size() - 1).runningMean());
	}

}
