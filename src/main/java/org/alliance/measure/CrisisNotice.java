package org.alliance.measure;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.alliance.instrument.Answer;

/**
 * Whether the client's answers on a personal link call for the clinic's crisis
 * information on the form and its closing page, and its text. The safety screen
 * ({@code outcome}) decides; the form only shows it, so that the rule of what counts as a
 * risk answer lives in one place (docs/manual.md, "Safety"). The phone form requires one
 * implementation: the application does not start without it.
 */
public interface CrisisNotice {

	/**
	 * The crisis information to show, or empty when no answer calls for it.
	 * @param clinicId the client's clinic, whose own crisis text (with its phone number)
	 * is shown when it set one
	 * @param answered the answers given on the link so far, by instrument code and then
	 * item id
	 * @param language {@code en} or {@code es}
	 */
	Optional<String> after(UUID clinicId, Map<String, Map<String, Answer>> answered, String language);

	/**
	 * The clinic's crisis information whatever was answered, for a page where the client
	 * can answer nothing (a personal link that is no longer valid) but may still need
	 * help now. Never null.
	 * @param language {@code en} or {@code es}
	 */
	String text(UUID clinicId, String language);

}
