package org.alliance.signal;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A signal's evidence (a flat JSON object) as label and value pairs for the page.
 */
final class Evidence {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Evidence() {
	}

	/** The pairs in the order written, or null when there is no readable evidence. */
	static Map<String, String> entries(String json) {
		if (json == null || json.isBlank()) {
			return null;
		}
		try {
			JsonNode node = JSON.readTree(json);
			Map<String, String> entries = new LinkedHashMap<>();
			node.properties().forEach((entry) -> entries.put(entry.getKey(), entry.getValue().asString()));
			return entries.isEmpty() ? null : entries;
		}
		catch (RuntimeException ex) {
			return Map.of("evidence", json);
		}
	}

}
