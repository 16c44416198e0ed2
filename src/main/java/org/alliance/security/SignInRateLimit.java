package org.alliance.security;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-in attempts per remote address in fixed one-minute windows, in the database so
 * that several instances share one count. Where the progressive wait slows guessing at
 * one account, this slows guessing one common password across many.
 */
@Component
class SignInRateLimit {

	static final Duration WINDOW = Duration.ofMinutes(1);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final int perWindow;

	SignInRateLimit(JdbcTemplate jdbc, PlatformTransactionManager transactions, SignInSettings settings) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.perWindow = settings.attemptsPerAddress();
	}

	/**
	 * Counts an attempt from the address. The increment and the read are one transaction
	 * (the update holds the row until commit), so concurrent attempts, on this instance
	 * or another, each read their own number.
	 * @return the attempts from it in the current window, this one included
	 */
	int count(String address, Instant now) {
		Integer counted = this.transaction.execute((status) -> (increment(address, now) == 0) ? null : this.jdbc
			.queryForObject("select attempts from sign_in_rate where remote_address = ?", Integer.class, address));
		if (counted != null) {
			return counted;
		}
		// The address's first attempt: the row is made outside any transaction (a
		// duplicate key would abort a PostgreSQL transaction), then counted as any other.
		try {
			this.jdbc.update("insert into sign_in_rate (remote_address, window_start, attempts) values (?, ?, 0)",
					address, Timestamp.from(now));
		}
		catch (DuplicateKeyException ex) {
			// another attempt made it a moment ago
		}
		return count(address, now);
	}

	/** Forgets addresses not seen for a day. */
	void forgetStale(Instant now) {
		this.jdbc.update("delete from sign_in_rate where window_start < ?",
				Timestamp.from(now.minus(Duration.ofDays(1))));
	}

	/** Whether that many attempts in one window are allowed. */
	boolean allows(int attempts) {
		return attempts <= this.perWindow;
	}

	int perWindow() {
		return this.perWindow;
	}

	private int increment(String address, Instant now) {
		Timestamp windowOver = Timestamp.from(now.minus(WINDOW));
		// attempts first: it reads the window's old start, whichever order the database
		// evaluates assignments in.
		return this.jdbc.update("""
				update sign_in_rate set attempts = case when window_start <= ? then 1 else attempts + 1 end,
				window_start = case when window_start <= ? then ? else window_start end where remote_address = ?""",
				windowOver, windowOver, Timestamp.from(now), address);
	}

}
