package org.alliance.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sign-in resists password guessing ({@code alliance.security.sign-in.*}).
 *
 * @param delayAfter consecutive failed sign-ins to one email (or on one recognised
 * device) after which each further attempt must wait
 * @param firstDelay the first wait; each further failure doubles it
 * @param longestDelay the cap on a wait
 * @param attemptsPerAddress sign-in attempts one remote address may make per minute,
 * successful or not, whatever the email
 * @param deviceLifetime how long a device stays recognised after a successful sign-in on
 * it
 */
@ConfigurationProperties("alliance.security.sign-in")
public record SignInSettings(@DefaultValue("5") int delayAfter, @DefaultValue("30s") Duration firstDelay,
		@DefaultValue("15m") Duration longestDelay, @DefaultValue("20") int attemptsPerAddress,
		@DefaultValue("180d") Duration deviceLifetime) {

	public SignInSettings {
		if (delayAfter < 1) {
			throw new IllegalArgumentException(
					"alliance.security.sign-in.delay-after must be at least 1, not " + delayAfter);
		}
		if (firstDelay.isNegative() || firstDelay.isZero() || longestDelay.compareTo(firstDelay) < 0) {
			throw new IllegalArgumentException("alliance.security.sign-in.first-delay must be positive and at most"
					+ " longest-delay, not " + firstDelay + " and " + longestDelay);
		}
		if (attemptsPerAddress < 1) {
			throw new IllegalArgumentException(
					"alliance.security.sign-in.attempts-per-address must be at least 1, not " + attemptsPerAddress);
		}
		if (deviceLifetime.isNegative() || deviceLifetime.isZero()) {
			throw new IllegalArgumentException(
					"alliance.security.sign-in.device-lifetime must be positive, not " + deviceLifetime);
		}
	}

	ProgressiveDelay delay() {
		return new ProgressiveDelay(this.delayAfter, this.firstDelay, this.longestDelay);
	}

}
