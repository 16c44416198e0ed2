package org.alliance.instrument;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The scores of one complete, valid set of answers.
 *
 * @param total the total score, in points of the instrument's scale
 * @param subscales each subscale's score by code, in the order the instrument declares
 * them; never null
 * @param band the label of the severity band of the total, or null when the instrument
 * has no bands
 */
public record Scores(double total, Map<String, Double> subscales, String band) {

	public Scores {
		subscales = Collections.unmodifiableMap(new LinkedHashMap<>(subscales));
	}

}
