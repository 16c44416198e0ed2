package org.alliance.simulate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns item answers into maps keyed by item id, in numeric order of the id.
 */
final class ItemAnswers {

	private ItemAnswers() {
	}

	static Map<String, Integer> ordered(Map<String, Integer> answers) {
		Map<String, Integer> ordered = new LinkedHashMap<>();
		answers.keySet()
			.stream()
			.sorted((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)))
			.forEach((item) -> ordered.put(item, answers.get(item)));
		return Collections.unmodifiableMap(ordered);
	}

	/** Items "1".."n" from answers held in an array, item 1 at index 0. */
	static Map<String, Integer> of(int[] values) {
		Map<String, Integer> answers = new LinkedHashMap<>();
		for (int i = 0; i < values.length; i++) {
			answers.put(String.valueOf(i + 1), values[i]);
		}
		return Collections.unmodifiableMap(answers);
	}

}
