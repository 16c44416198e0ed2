package org.alliance.simulate;

import java.util.Map;

/**
 * One completed instrument at one attended session.
 *
 * @param clientKey key of the client
 * @param sessionNumber number of the session the response belongs to
 * @param instrument {@code phq9}, {@code gad7}, {@code alliance-check},
 * {@code alliance-check-t} or {@code alliance-check-p}
 * @param respondent {@code client} or {@code therapist}
 * @param answers choice items by numeric item id ("1", "2", …), iterated in numeric
 * order, never null
 * @param openAnswer the free text of alliance-check item "8", or null
 */
public record SimulatedResponse(String clientKey, int sessionNumber, String instrument, String respondent,
		Map<String, Integer> answers, String openAnswer) {

	public SimulatedResponse {
		answers = ItemAnswers.ordered(answers);
	}

}
