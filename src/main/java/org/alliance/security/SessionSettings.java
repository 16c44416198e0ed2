package org.alliance.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When web sessions end ({@code alliance.security.sessions.*}), measured with the
 * application's clock. OWASP ASVS 5.0, 7.3.1 (an inactivity timeout) and 7.3.2 (an
 * absolute lifetime); 30 minutes idle is CamCOPS' default and a common one for health
 * records.
 *
 * @param idleTimeout a session not used for this long ends
 * @param absoluteTimeout a session ends this long after sign-in, however busy
 * @param secureCookie whether the session cookie is {@code Secure} and named
 * {@code __Host-JSESSIONID}; unset means: when the server speaks TLS itself
 * ({@code server.ssl.enabled}) or its public address ({@code alliance.base-url}) is
 * https, i.e. behind a TLS proxy
 */
@ConfigurationProperties("alliance.security.sessions")
public record SessionSettings(@DefaultValue("30m") Duration idleTimeout, @DefaultValue("12h") Duration absoluteTimeout,
		Boolean secureCookie) {

	public SessionSettings {
		if (idleTimeout.isNegative() || idleTimeout.isZero() || absoluteTimeout.compareTo(idleTimeout) < 0) {
			throw new IllegalArgumentException("alliance.security.sessions.idle-timeout must be positive and at most"
					+ " absolute-timeout, not " + idleTimeout + " and " + absoluteTimeout);
		}
	}

}
