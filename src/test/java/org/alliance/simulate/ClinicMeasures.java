package org.alliance.simulate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a simulated clinic the way a researcher reads its export: per client, the series
 * of alliance totals (client and therapist), empathy ratings and PHQ-9 totals, in session
 * order. Nothing here looks at the generator's parameters.
 */
final class ClinicMeasures {

	static final int EARLY_SESSIONS = 3;

	final Map<String, SimulatedClient> clients = new LinkedHashMap<>();

	final Map<String, List<Double>> clientAlliance = new LinkedHashMap<>();

	final Map<String, List<Double>> therapistAlliance = new LinkedHashMap<>();

	final Map<String, List<Double>> empathy = new LinkedHashMap<>();

	final Map<String, List<Double>> phq9 = new LinkedHashMap<>();

	ClinicMeasures(SimulatedClinic clinic) {
		clinic.clients().forEach((c) -> this.clients.put(c.key(), c));
		for (SimulatedResponse r : clinic.responses()) {
			switch (r.instrument()) {
				case "alliance-check" -> {
					add(this.clientAlliance, r.clientKey(), AllianceScores.of(r.answers()).total());
					add(this.empathy, r.clientKey(), (double) r.answers().get("7"));
				}
				case "alliance-check-t" ->
					add(this.therapistAlliance, r.clientKey(), AllianceScores.of(r.answers()).total());
				case "phq9" -> add(this.phq9, r.clientKey(), r.answers().values().stream().mapToDouble((v) -> v).sum());
				default -> {
				}
			}
		}
	}

	private static void add(Map<String, List<Double>> series, String client, double value) {
		series.computeIfAbsent(client, (k) -> new ArrayList<>()).add(value);
	}

	static double early(List<Double> series) {
		return SampleStatistics.mean(series.subList(0, Math.min(EARLY_SESSIONS, series.size())));
	}

	/**
	 * PHQ-9 improvement, first minus last score, for clients with at least two scores.
	 */
	Map<String, Double> improvement() {
		Map<String, Double> improvement = new LinkedHashMap<>();
		this.phq9.forEach((client, scores) -> {
			if (scores.size() >= 2) {
				improvement.put(client, scores.get(0) - scores.get(scores.size() - 1));
			}
		});
		return improvement;
	}

	List<Double> all(Map<String, List<Double>> series) {
		return series.values().stream().flatMap(List::stream).toList();
	}

}
