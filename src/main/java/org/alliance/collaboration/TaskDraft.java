package org.alliance.collaboration;

/**
 * A task as set, before it is checked: the API's body and the page's form alike.
 *
 * @param description what to do, up to 500 characters
 * @param rationale why, as explained to the client, up to 1,000 characters
 * @param agreement {@code agreed}, {@code unsure} or {@code not-agreed}
 * @param minutes its size, from 1 to {@value Tasks#MAX_MINUTES}
 * @param setSession the session it is set at, booked in the current episode
 * @param dueSession the session it is due by, after the set session (need not be booked)
 */
public record TaskDraft(String description, String rationale, String agreement, Integer minutes, Integer setSession,
		Integer dueSession) {
}
