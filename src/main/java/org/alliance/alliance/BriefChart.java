package org.alliance.alliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One scale's chart on the session brief: the client's rating, the therapist's own and
 * the therapist's prediction per session (per-item means, 1–5), with the sessions where a
 * rupture opened marked on the client's line. A session without a rating is a gap (null).
 */
record BriefChart(String scale, List<Integer> sessions, List<Double> client, List<Double> therapist,
		List<Double> prediction, List<Double> ruptures) {

	static List<BriefChart> of(ClientAlliance alliance, String rule) {
		List<BriefChart> charts = new ArrayList<>();
		for (AllianceScale scale : List.of(AllianceScale.BOND, AllianceScale.TASK, AllianceScale.GOAL,
				AllianceScale.TOTAL)) {
			charts.add(of(alliance, scale, alliance.ruptures().getOrDefault(rule, List.of())));
		}
		return charts;
	}

	private static BriefChart of(ClientAlliance alliance, AllianceScale scale, List<RuptureEpisode> episodes) {
		List<TrajectoryPoint> points = alliance.trajectory().points();
		TreeSet<Integer> sessions = new TreeSet<>();
		points.forEach((p) -> sessions.add(p.session()));
		BriefChart chart = new BriefChart(scale.code(), new ArrayList<>(sessions), new ArrayList<>(), new ArrayList<>(),
				new ArrayList<>(), new ArrayList<>());
		for (int session : sessions) {
			Double client = mean(points, session, Perspective.CLIENT, scale);
			chart.client.add(client);
			chart.therapist.add(mean(points, session, Perspective.THERAPIST, scale));
			chart.prediction.add(mean(points, session, Perspective.PREDICTION, scale));
			boolean ruptured = episodes.stream().anyMatch((e) -> e.session() == session && e.scale() == scale);
			chart.ruptures.add(ruptured ? client : null);
		}
		return chart;
	}

	private static Double mean(List<TrajectoryPoint> points, int session, Perspective perspective,
			AllianceScale scale) {
		return points.stream()
			.filter((p) -> p.session() == session && p.perspective() == perspective && p.scale() == scale)
			.map(TrajectoryPoint::itemMean)
			.findFirst()
			.orElse(null);
	}

	static Map<String, String> titles() {
		return Map.of("bond", "Bond", "task", "Task", "goal", "Goal", "total", "Total (bond, task, goal)");
	}

}
