package org.alliance.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.alliance.care.CareSession;
import org.alliance.signal.Signal;
import org.alliance.measure.StoredResponse;

/**
 * The series the client page charts: symptom totals and the alliance as client and
 * therapist rated it, per session; a missing measure leaves a gap (null), never a zero.
 * The sessions that raised a signal are marked on the chart it belongs to: a risk answer
 * or a course not on track on the symptoms (at the PHQ-9 total), a rupture or a
 * perception gap on the alliance (at the client's total).
 */
record ScoreChart(List<Integer> sessions, List<Double> phq9, List<Double> gad7, List<Double> allianceClient,
		List<Double> allianceTherapist, List<Double> symptomSignals, List<Double> allianceSignals) {

	private static final Set<String> ON_SYMPTOMS = Set.of("risk", "not-on-track");

	static ScoreChart of(List<CareSession> sessions, Map<UUID, Map<String, StoredResponse>> bySession,
			List<Signal> signals) {
		ScoreChart chart = new ScoreChart(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
				new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		for (CareSession session : sessions) {
			Map<String, StoredResponse> answered = bySession.getOrDefault(session.id(), Map.of());
			chart.sessions.add(session.number());
			chart.phq9.add(total(answered, "phq9"));
			chart.gad7.add(total(answered, "gad7"));
			chart.allianceClient.add(total(answered, "alliance-check"));
			chart.allianceTherapist.add(total(answered, "alliance-check-t"));
			List<Signal> here = signals.stream().filter((s) -> session.id().equals(s.sessionId())).toList();
			boolean onSymptoms = here.stream().anyMatch((s) -> ON_SYMPTOMS.contains(s.kind()));
			boolean onAlliance = here.stream().anyMatch((s) -> !ON_SYMPTOMS.contains(s.kind()));
			chart.symptomSignals.add(onSymptoms ? total(answered, "phq9") : null);
			chart.allianceSignals.add(onAlliance ? total(answered, "alliance-check") : null);
		}
		return chart;
	}

	private static Double total(Map<String, StoredResponse> answered, String instrument) {
		StoredResponse response = answered.get(instrument);
		return (response != null) ? response.scores().total() : null;
	}

}
