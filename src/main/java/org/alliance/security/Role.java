package org.alliance.security;

import java.util.Locale;

/**
 * What a person may do in Alliance. Clients have no account: they answer through a
 * personal link.
 */
public enum Role {

	CLIENT, THERAPIST, SUPERVISOR, ADMIN;

	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

}
