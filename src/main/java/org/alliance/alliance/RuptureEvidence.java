package org.alliance.alliance;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * What a signal rests on, as the flat JSON its page shows: which scale, how far, from
 * what level.
 */
final class RuptureEvidence {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private RuptureEvidence() {
	}

	static String of(RuptureEpisode episode) {
		Map<String, Object> evidence = new LinkedHashMap<>();
		evidence.put("rule", episode.rule());
		evidence.put("scale", episode.scale().code());
		evidence.put("session", episode.session());
		evidence.put("level before", round(episode.level()));
		evidence.put("rating", round(episode.rating()));
		evidence.put("drop in SD", round(episode.dropSd()));
		return JSON.writeValueAsString(evidence);
	}

	static String of(java.util.List<OverestimationSignal> overs) {
		Map<String, Object> evidence = new LinkedHashMap<>();
		evidence.put("session", overs.get(0).session());
		overs.forEach(
				(over) -> evidence.put("prediction minus client rating, " + over.scale().code(), round(over.gap())));
		return JSON.writeValueAsString(evidence);
	}

	private static String round(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

}
