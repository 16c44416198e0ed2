package org.alliance.security;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Consecutive failed sign-ins per email, and the waits they earn, in the database: a
 * restart does not lift a wait and every instance sees the same count. Emails are kept
 * whether or not an account has them, so a made-up email is delayed exactly like a real
 * one. Attempts from a recognised device are counted by {@link RecognisedDevices}
 * instead.
 */
@Component
class SignInFailures {

	/** Failures older than this are forgotten: the next one counts as the first. */
	static final Duration MEMORY = Duration.ofDays(1);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final ProgressiveDelay policy;

	SignInFailures(JdbcTemplate jdbc, PlatformTransactionManager transactions, SignInSettings settings) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.policy = settings.delay();
	}

	/** When the email's wait ends, if its next attempt must wait at the given instant. */
	Optional<Instant> delayedUntil(String email, Instant now) {
		return this.jdbc
			.queryForList("select delayed_until from sign_in_failure where email = ? and delayed_until > ?",
					Timestamp.class, email, Timestamp.from(now))
			.stream()
			.findFirst()
			.map(Timestamp::toInstant);
	}

	/**
	 * Counts a failed sign-in. The increment, the read and the wait are one transaction
	 * (the update holds the row until commit), so concurrent guesses, on this instance or
	 * another, each count and each earn the wait of their own number.
	 * @return the count and the wait the failure earned, if any
	 */
	Failure failed(String email, Instant now) {
		Failure failure = this.transaction.execute((status) -> countIfKnown(email, now));
		if (failure != null) {
			return failure;
		}
		// The email's first failure: the row is made outside any transaction (a duplicate
		// key would abort a PostgreSQL transaction), then counted as any other.
		try {
			this.jdbc.update("insert into sign_in_failure (email, failures, last_failure_at) values (?, 0, ?)", email,
					Timestamp.from(now));
		}
		catch (DuplicateKeyException ex) {
			// another attempt made it a moment ago
		}
		return failed(email, now);
	}

	private Failure countIfKnown(String email, Instant now) {
		if (increment(email, now) == 0) {
			return null;
		}
		int failures = this.jdbc.queryForObject("select failures from sign_in_failure where email = ?", Integer.class,
				email);
		Optional<Duration> delay = this.policy.after(failures);
		delay.ifPresent((duration) -> this.jdbc.update("update sign_in_failure set delayed_until = ? where email = ?",
				Timestamp.from(now.plus(duration)), email));
		return new Failure(failures, delay);
	}

	/** Forgets the email's failures after a successful sign-in, and every stale count. */
	void succeeded(String email, Instant now) {
		this.jdbc.update("delete from sign_in_failure where email = ?", email);
		this.jdbc.update(
				"delete from sign_in_failure where last_failure_at < ? and "
						+ "(delayed_until is null or delayed_until < ?)",
				Timestamp.from(now.minus(MEMORY)), Timestamp.from(now));
	}

	private int increment(String email, Instant now) {
		return this.jdbc.update("""
				update sign_in_failure set failures = case when last_failure_at < ? then 1 else failures + 1 end,
				last_failure_at = ? where email = ?""", Timestamp.from(now.minus(MEMORY)), Timestamp.from(now), email);
	}

	/**
	 * A counted failure.
	 *
	 * @param consecutive failures in a row, this one included
	 * @param delay the wait it earned before the next attempt, if any
	 */
	record Failure(int consecutive, Optional<Duration> delay) {
	}

}
