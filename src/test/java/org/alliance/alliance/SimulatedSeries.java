package org.alliance.alliance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliance.simulate.AllianceScores;
import org.alliance.simulate.SimulatedClinic;
import org.alliance.simulate.SimulatedResponse;

/**
 * The clients' own alliance-check ratings of a simulated clinic as rupture-rule input.
 */
final class SimulatedSeries {

	private SimulatedSeries() {
	}

	static List<ClientSeries> of(SimulatedClinic clinic) {
		Map<String, List<ClientSession>> byClient = new LinkedHashMap<>();
		for (SimulatedResponse response : clinic.responses()) {
			if ("alliance-check".equals(response.instrument())) {
				byClient.computeIfAbsent(response.clientKey(), (k) -> new java.util.ArrayList<>())
					.add(session(response));
			}
		}
		return byClient.entrySet().stream().map((e) -> new ClientSeries(e.getKey(), e.getValue())).toList();
	}

	private static ClientSession session(SimulatedResponse response) {
		AllianceScores scores = AllianceScores.of(response.answers());
		return new ClientSession(response.sessionNumber(),
				Map.of(AllianceScale.BOND, scores.bond(), AllianceScale.TASK, scores.task(), AllianceScale.GOAL,
						scores.goal(), AllianceScale.EMPATHY, scores.empathy(), AllianceScale.TOTAL, scores.total()));
	}

}
