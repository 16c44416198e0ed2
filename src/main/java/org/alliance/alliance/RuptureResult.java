package org.alliance.alliance;

import java.util.List;
import java.util.Map;

/**
 * What became of a rupture, read afresh from the client's later ratings each time the
 * signal is opened: repaired (at which session), unrepaired, or still within its repair
 * window.
 */
final class RuptureResult {

	private RuptureResult() {
	}

	static String of(ClientAlliance alliance, Map<String, String> evidence) {
		List<RuptureEpisode> episodes = alliance.ruptures().getOrDefault(evidence.get("rule"), List.of());
		return episodes.stream()
			.filter((e) -> String.valueOf(e.session()).equals(evidence.get("session")))
			.filter((e) -> e.scale().code().equals(evidence.get("scale")))
			.findFirst()
			.map((e) -> describe(e.outcome()))
			.orElse("no longer detected with the current ratings");
	}

	private static String describe(RepairOutcome outcome) {
		if (outcome instanceof RepairOutcome.Repaired repaired) {
			return "repaired at session " + repaired.session();
		}
		return (outcome instanceof RepairOutcome.Pending) ? "pending: the repair window is still open"
				: "unrepaired: the rating did not return within the repair window";
	}

}
