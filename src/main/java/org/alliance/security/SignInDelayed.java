package org.alliance.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused unchecked because failed sign-ins earned this email (or this
 * recognised device) a wait that has not passed.
 */
class SignInDelayed extends AuthenticationException {

	private final Duration remaining;

	SignInDelayed(Duration remaining) {
		super("Too many failed sign-ins with this email; wait " + remaining.toSeconds() + " s");
		this.remaining = remaining;
	}

	/** How long until the next attempt is checked. */
	Duration remaining() {
		return this.remaining;
	}

}
