package org.alliance.alliance;

import java.util.Optional;

import org.alliance.care.Client;
import org.alliance.care.ClientPagePart.Fragment;
import org.alliance.security.CurrentUser;

/**
 * A part another module adds to the session brief: the outcome verdicts
 * ({@code outcome}), for instance. Each part is a Thymeleaf fragment of the contributing
 * module's own templates, given its values as {@code values}; besides them it may read
 * the brief's {@code user} and {@code client}. Parts appear in their beans' order
 * ({@code @Order}), after the latest symptom measures.
 * <p>
 * Why an interface here: the outcome module reads the alliance (the dropout model's
 * features include the client's alliance at the first sessions and an early rupture), so
 * the brief cannot call it without a cycle between modules; it contributes to the brief
 * instead, as modules contribute to the client page ({@code care.ClientPagePart}).
 */
public interface BriefPart {

	/**
	 * The part for this client's brief, or empty when it has nothing to show.
	 * @param user the person reading the brief, allowed to see the client
	 * @param client the client
	 */
	Optional<Fragment> of(CurrentUser user, Client client);

}
