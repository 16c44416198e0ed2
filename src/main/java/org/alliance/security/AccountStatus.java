package org.alliance.security;

import java.util.Locale;

/**
 * Where an account is in its life. Only an active account signs in or uses an API token.
 */
public enum AccountStatus {

	/**
	 * Created by an admin; the invitee has not chosen a password yet (or it was reset).
	 */
	INVITED,

	/** Signs in with the password its owner chose. */
	ACTIVE,

	/** Refused everywhere from the next request on, until an admin enables it again. */
	DISABLED;

	/** As stored and as the API and commands write it: {@code invited}, ... */
	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	static AccountStatus fromWire(String value) {
		return valueOf(value.toUpperCase(Locale.ROOT));
	}

}
