package org.alliance.alliance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How far the therapist's prediction of the client's rating ({@code alliance-check-p})
 * sits above the client's own rating ({@code alliance-check}). The client's view of the
 * alliance and of empathy predicts outcome better than the therapist's (Elliott et al.
 * 2018; Tryon et al. 2007), so a therapist who keeps predicting more than the client
 * reports has likely missed a strain.
 */
public final class PerceptionGap {

	private final GapSettings settings;

	/**
	 * @param settings margin and run length of the signal, never null
	 */
	public PerceptionGap(GapSettings settings) {
		this.settings = settings;
	}

	/**
	 * The gap on every scale that both forms score.
	 * @param client key of the client
	 * @param ratings the client's forms in any order; other clients' and the therapist's
	 * own-view forms are ignored
	 * @return one series per scale, in scale order, never null
	 */
	public List<GapSeries> of(String client, List<SessionRating> ratings) {
		Map<AllianceScale, TreeMap<Integer, double[]>> pairs = pairs(client, ratings);
		List<GapSeries> result = new ArrayList<>();
		pairs.forEach((scale, bySession) -> result.add(series(client, scale, bySession)));
		return result;
	}

	/** Prediction (index 0) and rating (index 1) by scale and session, both present. */
	private static Map<AllianceScale, TreeMap<Integer, double[]>> pairs(String client, List<SessionRating> ratings) {
		Map<AllianceScale, TreeMap<Integer, double[]>> pairs = new EnumMap<>(AllianceScale.class);
		for (SessionRating rating : ratings) {
			int side = (rating.perspective() == Perspective.PREDICTION) ? 0
					: (rating.perspective() == Perspective.CLIENT) ? 1 : -1;
			if (side >= 0 && rating.client().equals(client)) {
				rating.itemMeans()
					.forEach((scale,
							mean) -> pairs.computeIfAbsent(scale, (s) -> new TreeMap<>())
								.computeIfAbsent(rating.session(),
										(s) -> new double[] { Double.NaN, Double.NaN })[side] = mean);
			}
		}
		pairs.values().forEach((bySession) -> bySession.values().removeIf((p) -> Double.isNaN(p[0] + p[1])));
		pairs.values().removeIf(TreeMap::isEmpty);
		return pairs;
	}

	private GapSeries series(String client, AllianceScale scale, TreeMap<Integer, double[]> bySession) {
		List<GapPoint> points = new ArrayList<>();
		List<OverestimationSignal> signals = new ArrayList<>();
		double sum = 0;
		int run = 0;
		for (Map.Entry<Integer, double[]> e : bySession.entrySet()) {
			double gap = e.getValue()[0] - e.getValue()[1];
			sum += gap;
			points.add(new GapPoint(e.getKey(), e.getValue()[0], e.getValue()[1], gap, sum / (points.size() + 1)));
			run = (gap > this.settings.margin()) ? run + 1 : 0;
			// One signal per run: it fires when the run reaches its length, not again
			// while
			// it lasts.
			if (run == this.settings.consecutiveSessions()) {
				signals.add(new OverestimationSignal(client, scale, e.getKey(), gap));
			}
		}
		List<Double> sessions = points.stream().map((p) -> (double) p.session()).toList();
		double trend = Trend.slope(sessions, points.stream().map(GapPoint::gap).toList());
		return new GapSeries(client, scale, points, trend, signals);
	}

}
