package org.alliance.security;

import java.time.Instant;
import java.util.Optional;

/**
 * Why a web session ends, and the rule that tells (OWASP ASVS 5.0, 7.3.1 and 7.3.2 for
 * the timeouts, 7.4.3 for ending every session when the credentials change or the account
 * is disabled). The code goes in the sign-in page's address, the words on it and in the
 * audit trail.
 */
enum SessionEnd {

	IDLE("idle", "no activity for too long"),

	ABSOLUTE("absolute", "the longest a session may last has passed"),

	CREDENTIALS("credentials", "the password or the account changed"),

	ACCOUNT("account", "the account is not active"),

	ENDED("ended", "ended by the person from another session"),

	SIGNED_OUT("signed-out", "signed out"),

	SECOND_FACTOR("second-factor", "too many wrong codes");

	private final String code;

	private final String words;

	SessionEnd(String code, String words) {
		this.code = code;
		this.words = words;
	}

	String code() {
		return this.code;
	}

	String words() {
		return this.words;
	}

	/** Why the session must end now, if it must; a session already ended stays ended. */
	static Optional<SessionEnd> of(WebSession session, Instant now, SessionSettings settings) {
		if (session.endedAt() != null) {
			return Optional.of(ENDED);
		}
		if (!"active".equals(session.accountStatus())) {
			return Optional.of(ACCOUNT);
		}
		if (session.accountVersion() != session.credentialsVersion()) {
			return Optional.of(CREDENTIALS);
		}
		if (!now.isBefore(session.startedAt().plus(settings.absoluteTimeout()))) {
			return Optional.of(ABSOLUTE);
		}
		if (!now.isBefore(session.lastSeenAt().plus(settings.idleTimeout()))) {
			return Optional.of(IDLE);
		}
		return Optional.empty();
	}

}
