package org.alliance.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Sign-in's protection against guessing, for another secret typed on an open page (the
 * kiosk's code): attempts per address per minute ({@link SignInRateLimit}) and a
 * progressively longer wait after consecutive failures from the address
 * ({@link SignInFailures}, {@link ProgressiveDelay}), with the same settings
 * ({@code alliance.security.sign-in.*}), counted apart from sign-in's under a scope of
 * their own, in the same tables so that every server sees the same counts.
 */
@Component
public class GuessThrottle {

	private final SignInRateLimit rateLimit;

	private final SignInFailures failures;

	private final Clock clock;

	GuessThrottle(SignInRateLimit rateLimit, SignInFailures failures, Clock clock) {
		this.rateLimit = rateLimit;
		this.failures = failures;
		this.clock = clock;
	}

	/**
	 * Counts an attempt from the address; how long it must wait first, if it must (then
	 * it is refused unchecked).
	 * @param scope what is guessed, e.g. {@code kiosk}
	 */
	public Optional<Duration> mustWait(String scope, String address) {
		Instant now = this.clock.instant();
		String key = key(scope, address);
		if (!this.rateLimit.allows(this.rateLimit.count(key, now))) {
			return Optional.of(SignInRateLimit.WINDOW);
		}
		return this.failures.delayedUntil(key, now).map((until) -> Duration.between(now, until));
	}

	/** A wrong guess from the address: it may earn a wait. */
	public void failed(String scope, String address) {
		this.failures.failed(key(scope, address), this.clock.instant());
	}

	/** A right one: the address's failures are forgotten. */
	public void succeeded(String scope, String address) {
		this.failures.succeeded(key(scope, address), this.clock.instant());
	}

	/** Fits the tables' key columns (64 characters for the address). */
	private static String key(String scope, String address) {
		String key = scope + ":" + address;
		return (key.length() > 64) ? key.substring(0, 64) : key;
	}

}
