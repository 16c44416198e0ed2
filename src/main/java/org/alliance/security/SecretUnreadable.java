package org.alliance.security;

/**
 * A sealed secret that does not decrypt with the server's key: the key file was replaced
 * (or another one is in use), or the stored value was changed. The message names neither
 * the secret nor its sealed value.
 */
public class SecretUnreadable extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	SecretUnreadable(String message) {
		super(message);
	}

}
