package org.alliance.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alliance.care.CareSession;
import org.alliance.measure.StoredResponse;

/**
 * The series the client page charts: symptom totals and the alliance as client and
 * therapist rated it, per session; a missing measure leaves a gap (null), never a zero.
 */
record ScoreChart(List<Integer> sessions, List<Double> phq9, List<Double> gad7, List<Double> allianceClient,
		List<Double> allianceTherapist) {

	static ScoreChart of(List<CareSession> sessions, Map<UUID, Map<String, StoredResponse>> bySession) {
		ScoreChart chart = new ScoreChart(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
				new ArrayList<>());
		for (CareSession session : sessions) {
			Map<String, StoredResponse> answered = bySession.getOrDefault(session.id(), Map.of());
			chart.sessions.add(session.number());
			chart.phq9.add(total(answered, "phq9"));
			chart.gad7.add(total(answered, "gad7"));
			chart.allianceClient.add(total(answered, "alliance-check"));
			chart.allianceTherapist.add(total(answered, "alliance-check-t"));
		}
		return chart;
	}

	private static Double total(Map<String, StoredResponse> answered, String instrument) {
		StoredResponse response = answered.get(instrument);
		return (response != null) ? response.scores().total() : null;
	}

}
