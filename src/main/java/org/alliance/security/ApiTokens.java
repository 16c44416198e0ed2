package org.alliance.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;

/**
 * API tokens. Only a SHA-256 hash of each token is stored: the tokens are 256 random
 * bits, so a fast hash is as safe as a slow one and keeps every API call cheap.
 * <p>
 * Every token expires ({@link ApiTokenSettings#tokenValidity()}, 90 days by default) and
 * can be revoked. Each request reads the token's row again, with no cache: a revocation
 * takes effect on the very next request, on every instance behind a load balancer.
 */
@Service
public class ApiTokens {

	/**
	 * The longest a token may be valid. A credential that outlives a decade is one nobody
	 * remembers to revoke.
	 */
	public static final Duration MAX_VALIDITY = Duration.ofDays(3650);

	private static final Pattern ID = Pattern.compile("[0-9a-f]{12}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final RowMapper<ApiTokenRecord> RECORD = (rs, i) -> new ApiTokenRecord(
			rs.getString("token_hash").substring(0, 12), rs.getString("email"), instant(rs.getTimestamp("created_at")),
			instant(rs.getTimestamp("expires_at")), instant(rs.getTimestamp("revoked_at")));

	private final JdbcTemplate jdbc;

	private final UserAccounts accounts;

	private final ApiTokenSettings settings;

	ApiTokens(JdbcTemplate jdbc, UserAccounts accounts, ApiTokenSettings settings) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.settings = settings;
	}

	/**
	 * Issues a new token for the account, valid for the configured default; the token
	 * itself is shown once and never stored.
	 * @throws IllegalArgumentException naming the email if there is no such account
	 */
	public String issue(String email) {
		return issue(email, this.settings.tokenValidity()).token();
	}

	/**
	 * Issues a new token for the account, valid for the given time.
	 * @throws IllegalArgumentException naming the email if there is no such account, or
	 * if the validity is not positive or longer than {@link #MAX_VALIDITY}
	 */
	public IssuedApiToken issue(String email, Duration validFor) {
		checkValidity(validFor, "validity");
		UserAccount account = account(email);
		String token = "alc_" + randomToken();
		String hash = hash(token);
		// Whole seconds, so that what is listed is what is stored on every database.
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		Instant expiresAt = now.plus(validFor);
		this.jdbc.update("""
				insert into api_token (token_hash, user_id, clinic_id, created_at, expires_at)
				values (?, ?, ?, ?, ?)""", hash, account.id(), account.clinicId(), Timestamp.from(now),
				Timestamp.from(expiresAt));
		return new IssuedApiToken(token, hash.substring(0, 12), expiresAt);
	}

	/** How long a token is valid when its issuer does not say. */
	public Duration defaultValidity() {
		return this.settings.tokenValidity();
	}

	/**
	 * The account a token belongs to, if the token is known, not expired and not revoked,
	 * and the account is active: a disabled or reset account's tokens are refused from
	 * the very next request.
	 */
	public Optional<CurrentUser> authenticate(String token) {
		return this.jdbc
			.query("""
					select u.id, u.clinic_id, u.email, u.display_name, u.role, u.administers from api_token t
					join app_user u on u.id = t.user_id
					where t.token_hash = ? and t.revoked_at is null and t.expires_at > ? and u.status = 'active'""",
					(rs, i) -> new CurrentUser(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
							rs.getString(3), rs.getString(4), Role.valueOf(rs.getString(5)), rs.getBoolean(6)),
					hash(token), Timestamp.from(Instant.now()))
			.stream()
			.findFirst();
	}

	/**
	 * Every token of the account, newest first, without secrets.
	 * @throws IllegalArgumentException naming the email if there is no such account
	 */
	public List<ApiTokenRecord> list(String email) {
		UserAccount account = account(email);
		return this.jdbc.query("""
				select t.token_hash, u.email, t.created_at, t.expires_at, t.revoked_at from api_token t
				join app_user u on u.id = t.user_id
				where t.user_id = ? order by t.created_at desc, t.token_hash""", RECORD, account.id());
	}

	/**
	 * Revokes the token with this id (as {@link #list} shows it); revoking a revoked
	 * token again changes nothing.
	 * @return the token as it is now
	 * @throws IllegalArgumentException naming the id if it is malformed or names no token
	 */
	public ApiTokenRecord revoke(String id) {
		if (id == null || !ID.matcher(id).matches()) {
			throw new IllegalArgumentException(
					"A token id is the 12 hex digits shown by 'token list', not '" + id + "'");
		}
		this.jdbc.update("update api_token set revoked_at = ? where token_hash like ? and revoked_at is null",
				Timestamp.from(Instant.now()), id + "%");
		List<ApiTokenRecord> found = this.jdbc.query("""
				select t.token_hash, u.email, t.created_at, t.expires_at, t.revoked_at from api_token t
				join app_user u on u.id = t.user_id where t.token_hash like ?""", RECORD, id + "%");
		if (found.isEmpty()) {
			throw new IllegalArgumentException("No API token with the id " + id);
		}
		return found.get(0);
	}

	/**
	 * Revokes every token of the account.
	 * @return how many tokens were revoked now (not counting those revoked before)
	 * @throws IllegalArgumentException naming the email if there is no such account
	 */
	public int revokeAll(String email) {
		UserAccount account = account(email);
		return this.jdbc.update("update api_token set revoked_at = ? where user_id = ? and revoked_at is null",
				Timestamp.from(Instant.now()), account.id());
	}

	/** 32 random bytes, URL-safe: also used for the clients' personal links. */
	public static String randomToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** The stored form of a token or link. */
	public static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	static void checkValidity(Duration validity, String name) {
		if (validity == null || validity.isNegative() || validity.isZero() || validity.compareTo(MAX_VALIDITY) > 0) {
			throw new IllegalArgumentException(
					name + " must be positive and at most " + MAX_VALIDITY.toDays() + " days, not " + validity);
		}
	}

	private UserAccount account(String email) {
		return this.accounts.findByEmail(email)
			.orElseThrow(() -> new IllegalArgumentException("No account with the email " + email));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
