package org.alliance.outcome;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alliance.alliance.AllianceScale;
import org.alliance.care.Attendance;
import org.alliance.care.EndReason;
import org.alliance.outcome.dropout.EarlyCourse;
import org.alliance.simulate.SimulatedClient;
import org.alliance.simulate.SimulatedClinic;
import org.alliance.simulate.SimulatedResponse;
import org.alliance.simulate.SimulatedSession;

/**
 * A simulated clinic read as the dropout model reads stored data, without a database:
 * PHQ-9 and GAD-7 totals are the sums of their items (as the instruments score complete
 * answers), and the alliance check's per-item means follow its definition (bond items 1
 * and 2, task 3 and 4, goal 5 and 6; the total over items 1 to 6).
 */
final class SimulatedCourses {

	private static final Map<AllianceScale, List<String>> ALLIANCE_ITEMS = Map.of(AllianceScale.BOND, List.of("1", "2"),
			AllianceScale.TASK, List.of("3", "4"), AllianceScale.GOAL, List.of("5", "6"), AllianceScale.TOTAL,
			List.of("1", "2", "3", "4", "5", "6"));

	private SimulatedCourses() {
	}

	static List<EarlyCourse> of(SimulatedClinic clinic) {
		Map<String, List<SimulatedSession>> sessions = new HashMap<>();
		clinic.sessions().forEach((s) -> sessions.computeIfAbsent(s.clientKey(), (k) -> new ArrayList<>()).add(s));
		Map<String, SimulatedResponse> responses = new HashMap<>();
		clinic.responses()
			.forEach((r) -> responses.put(r.clientKey() + "#" + r.sessionNumber() + "#" + r.instrument(), r));
		List<EarlyCourse> courses = new ArrayList<>();
		for (SimulatedClient client : clinic.clients()) {
			List<EarlyCourse.Session> read = new ArrayList<>();
			for (SimulatedSession session : sessions.getOrDefault(client.key(), List.of())) {
				String at = client.key() + "#" + session.number() + "#";
				read.add(new EarlyCourse.Session(session.number(),
						Attendance.fromWire(session.attendance()).orElseThrow(), total(responses.get(at + "phq9")),
						total(responses.get(at + "gad7")), alliance(responses.get(at + "alliance-check"))));
			}
			EndReason end = (client.endReason() != null) ? EndReason.fromWire(client.endReason()).orElseThrow() : null;
			courses.add(new EarlyCourse(id("episode", client.key()), id("client", client.key()), end, read));
		}
		return courses;
	}

	static UUID id(String kind, String key) {
		return UUID.nameUUIDFromBytes((kind + ":" + key).getBytes(StandardCharsets.UTF_8));
	}

	private static Double total(SimulatedResponse response) {
		return (response == null) ? null
				: (double) response.answers().values().stream().mapToInt(Integer::intValue).sum();
	}

	private static Map<AllianceScale, Double> alliance(SimulatedResponse response) {
		Map<AllianceScale, Double> means = new EnumMap<>(AllianceScale.class);
		if (response != null) {
			ALLIANCE_ITEMS.forEach((scale, items) -> means.put(scale,
					items.stream().mapToInt((item) -> response.answers().get(item)).average().orElseThrow()));
		}
		return means;
	}

}
