package org.alliance.api;

import java.util.UUID;

/**
 * A supervisor's change to another therapist's client, refused until the supervisor acts
 * for the therapist: the API answers 403 naming {@code act-for}; the pages answer 403
 * with a link to the client's act-for page.
 */
public class ActForRequired extends Forbidden {

	private final UUID clientId;

	public ActForRequired(UUID clientId, String message) {
		super("act-for", message);
		this.clientId = clientId;
	}

	/** The client to act on, for the link to the act-for step. */
	public UUID clientId() {
		return this.clientId;
	}

}
