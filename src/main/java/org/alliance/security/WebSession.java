package org.alliance.security;

import java.time.Instant;
import java.util.UUID;

/**
 * One signed-in web session as its row and its account stand now.
 *
 * @param id the random id kept in the servlet session (not the cookie's value)
 * @param userId the person
 * @param clinicId the person's clinic
 * @param email the person's email, for the audit trail
 * @param stage how far the sign-in has got
 * @param credentialsVersion the account's credentials version at sign-in
 * @param startedAt when the password was accepted
 * @param lastSeenAt the last request
 * @param secondFactorAt when the person last proved their second factor in this session,
 * or null
 * @param userAgent the browser's {@code User-Agent} at sign-in, cut to 200 characters
 * @param remoteAddress the address it signed in from
 * @param endedAt when it was ended, or null while it lasts
 * @param accountVersion the account's credentials version now
 * @param accountStatus the account's status now: {@code active}, {@code invited} or
 * {@code disabled}
 */
record WebSession(String id, UUID userId, UUID clinicId, String email, Stage stage, int credentialsVersion,
		Instant startedAt, Instant lastSeenAt, Instant secondFactorAt, String userAgent, String remoteAddress,
		Instant endedAt, int accountVersion, String accountStatus) {

	/** How far a sign-in has got. */
	enum Stage {

		/** The password was right; a code from the authenticator is awaited. */
		SECOND_FACTOR,

		/**
		 * The password was right; the person must enrol a second factor before anything
		 * else.
		 */
		ENROL,

		/** Fully signed in. */
		SIGNED_IN

	}

}
