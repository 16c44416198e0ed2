package org.alliance.collaboration;

import java.util.Map;

/**
 * A goal as written, before it is checked: the API's body and the page's form alike.
 *
 * @param text the goal in the client's words, up to 500 characters
 * @param levels the ladder's text by level, {@code "-2"} to {@code "2"}, all five
 * @param weight a whole number from 1 to {@value Goals#MAX_WEIGHT}; 1 when null
 * @param writtenBy {@code client} (when null), {@code therapist} or {@code together}
 * @param setSession the booked session of the open episode it was set at; the latest when
 * null
 */
public record GoalDraft(String text, Map<String, String> levels, Integer weight, String writtenBy, Integer setSession) {

	/** A goal set at the latest session. */
	public GoalDraft(String text, Map<String, String> levels, Integer weight, String writtenBy) {
		this(text, levels, weight, writtenBy, null);
	}

}
