package org.alliance.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sign-in resists password guessing ({@code alliance.security.sign-in.*}).
 *
 * @param lockoutAfter consecutive failed sign-ins to one email that lock it
 * @param firstLockout how long the first lock lasts; each further failure doubles it
 * @param longestLockout the cap on a lock's length
 * @param attemptsPerAddress sign-in attempts one remote address may make per minute,
 * successful or not, whatever the email
 */
@ConfigurationProperties("alliance.security.sign-in")
public record SignInSettings(@DefaultValue("5") int lockoutAfter, @DefaultValue("1m") Duration firstLockout,
		@DefaultValue("1h") Duration longestLockout, @DefaultValue("20") int attemptsPerAddress) {

	public SignInSettings {
		if (lockoutAfter < 1) {
			throw new IllegalArgumentException(
					"alliance.security.sign-in.lockout-after must be at least 1, not " + lockoutAfter);
		}
		if (firstLockout.isNegative() || firstLockout.isZero() || longestLockout.compareTo(firstLockout) < 0) {
			throw new IllegalArgumentException("alliance.security.sign-in.first-lockout must be positive and at most"
					+ " longest-lockout, not " + firstLockout + " and " + longestLockout);
		}
		if (attemptsPerAddress < 1) {
			throw new IllegalArgumentException(
					"alliance.security.sign-in.attempts-per-address must be at least 1, not " + attemptsPerAddress);
		}
	}

	LockoutPolicy lockoutPolicy() {
		return new LockoutPolicy(this.lockoutAfter, this.firstLockout, this.longestLockout);
	}

}
