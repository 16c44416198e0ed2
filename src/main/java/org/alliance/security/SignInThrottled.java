package org.alliance.security;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused unchecked because its address made too many attempts this minute.
 */
class SignInThrottled extends AuthenticationException {

	SignInThrottled() {
		super("Too many sign-in attempts from this address");
	}

}
