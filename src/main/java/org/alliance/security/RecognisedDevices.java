package org.alliance.security;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Devices a person has signed in on, after OWASP's "Slow Down Online Guessing Attacks
 * with Device Cookies"
 * (https://owasp.org/www-community/Slow_Down_Online_Guessing_Attacks_with_Device_Cookies):
 * each successful sign-in hands the browser a new random token, bound to the account and
 * stored only as its SHA-256 hash. An attempt that presents one is not held by the wait
 * that failures from elsewhere earned the account; its own failures count against the
 * device, which earns its own wait by the same {@link ProgressiveDelay}.
 */
@Component
class RecognisedDevices {

	/** A browser keeps tokens for this many accounts at most (a shared desk). */
	static final int TOKENS_PER_BROWSER = 5;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final ProgressiveDelay policy;

	private final Duration lifetime;

	RecognisedDevices(JdbcTemplate jdbc, PlatformTransactionManager transactions, SignInSettings settings) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.policy = settings.delay();
		this.lifetime = settings.deviceLifetime();
	}

	/**
	 * The device among the presented tokens that is recognised for the email's account,
	 * if any. Asked the same way whether or not an account has the email.
	 */
	Optional<Device> recognise(String email, List<String> tokens, Instant now) {
		if (tokens.isEmpty()) {
			return Optional.empty();
		}
		List<Object> arguments = new ArrayList<>(tokens.stream().map(ApiTokens::hash).toList());
		arguments.add(email);
		arguments.add(Timestamp.from(now));
		return this.jdbc.query("select d.token_hash, d.delayed_until from recognised_device d join app_user u on "
				+ "u.id = d.user_id where d.token_hash in (" + placeholders(tokens.size()) + ") and u.email = ? "
				+ "and d.expires_at > ?", (rs, i) -> {
					Timestamp delayed = rs.getTimestamp("delayed_until");
					return new Device(rs.getString("token_hash"), (delayed != null && delayed.toInstant().isAfter(now))
							? Optional.of(delayed.toInstant()) : Optional.empty());
				}, arguments.toArray())
			.stream()
			.findFirst();
	}

	/**
	 * Counts a failed sign-in on the device; the increment, the read and the wait are one
	 * transaction, as in {@link SignInFailures}.
	 */
	SignInFailures.Failure failed(Device device, Instant now) {
		return this.transaction.execute((status) -> {
			this.jdbc.update("""
					update recognised_device set failures = case when last_failure_at < ? then 1 else failures + 1 end,
					last_failure_at = ? where token_hash = ?""", Timestamp.from(now.minus(SignInFailures.MEMORY)),
					Timestamp.from(now), device.tokenHash());
			int failures = this.jdbc.queryForObject("select failures from recognised_device where token_hash = ?",
					Integer.class, device.tokenHash());
			Optional<Duration> delay = this.policy.after(failures);
			delay.ifPresent((duration) -> this.jdbc.update(
					"update recognised_device set delayed_until = ? where token_hash = ?",
					Timestamp.from(now.plus(duration)), device.tokenHash()));
			return new SignInFailures.Failure(failures, delay);
		});
	}

	/**
	 * Recognises the browser for the account after a successful sign-in: a new token
	 * replaces any the browser held for this account (so a stolen one stops working once
	 * its owner signs in again), and expired tokens are forgotten.
	 * @param presented the tokens the browser sent with the sign-in
	 * @return the browser's tokens from now on, the new one first: those it still holds
	 * for other accounts stay
	 */
	List<String> issue(UUID userId, UUID clinicId, List<String> presented, Instant now) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		return this.transaction.execute((status) -> {
			for (String old : presented) {
				this.jdbc.update("delete from recognised_device where token_hash = ? and user_id = ?",
						ApiTokens.hash(old), userId);
			}
			this.jdbc.update("delete from recognised_device where expires_at <= ?", Timestamp.from(now));
			this.jdbc.update("""
					insert into recognised_device (token_hash, user_id, clinic_id, created_at, expires_at)
					values (?, ?, ?, ?, ?)""", ApiTokens.hash(token), userId, clinicId, Timestamp.from(now),
					Timestamp.from(now.plus(this.lifetime)));
			List<String> kept = new ArrayList<>(List.of(token));
			presented.stream().filter(this::stored).limit(TOKENS_PER_BROWSER - 1).forEach(kept::add);
			return kept;
		});
	}

	Duration lifetime() {
		return this.lifetime;
	}

	private boolean stored(String token) {
		return !this.jdbc
			.queryForList("select 1 from recognised_device where token_hash = ?", Integer.class, ApiTokens.hash(token))
			.isEmpty();
	}

	private static String placeholders(int count) {
		return String.join(", ", Collections.nCopies(count, "?"));
	}

	/**
	 * A recognised device.
	 *
	 * @param tokenHash its token's hash, as stored
	 * @param delayedUntil when the wait its own failures earned ends, if it is waiting
	 */
	record Device(String tokenHash, Optional<Instant> delayedUntil) {
	}

}
