package org.alliance.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the {@code mail} module ({@code alliance.mail.*}); the server itself is
 * Spring Boot's {@code spring.mail.*}.
 *
 * @param from the sender's address, e.g.
 * {@code Riverside Therapy <no-reply@riverside.example>}; required once
 * {@code spring.mail.host} is set
 * @param pollInterval how often the outbox is read for emails due
 * @param attempts how many times an email is tried before it is given up
 * @param firstRetry the wait after the first failed attempt; each further one doubles it
 * @param longestRetry the cap on a wait between attempts
 */
@ConfigurationProperties("alliance.mail")
public record MailSettings(String from, @DefaultValue("10s") Duration pollInterval, @DefaultValue("8") int attempts,
		@DefaultValue("1m") Duration firstRetry, @DefaultValue("1h") Duration longestRetry) {

	public MailSettings {
		if (attempts < 1) {
			throw new IllegalArgumentException("alliance.mail.attempts must be at least 1, not " + attempts);
		}
	}

	/** The wait after the given number of failed attempts (at least 1). */
	Duration retryAfter(int failedAttempts) {
		Duration wait = this.firstRetry;
		for (int i = 1; i < failedAttempts && wait.compareTo(this.longestRetry) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return (wait.compareTo(this.longestRetry) > 0) ? this.longestRetry : wait;
	}

}
