package org.alliance.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens. Only a SHA-256 hash of each token is stored: the tokens are 256 random
 * bits, so a fast hash is as safe as a slow one and keeps every API call cheap.
 * <p>
 * Every token expires ({@link ApiTokenSettings#tokenValidity()}, 90 days by default) and
 * can be revoked. Each request reads the token's row again, with no cache: a revocation
 * takes effect on the very next request, on every instance behind a load balancer.
 * <p>
 * Every token made or revoked is an account event of the audit trail, whichever door it
 * came through (the pages, the {@code token} command, a reset or a disable), written in
 * the same transaction as the change.
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

	/** How the audit trail gives a token's expiry: to the minute, in UTC. */
	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneOffset.UTC);

	private static final RowMapper<ApiTokenRecord> RECORD = (rs, i) -> new ApiTokenRecord(
			rs.getString("token_hash").substring(0, 12), rs.getString("email"), instant(rs.getTimestamp("created_at")),
			instant(rs.getTimestamp("expires_at")), instant(rs.getTimestamp("revoked_at")));

	private final JdbcTemplate jdbc;

	private final UserAccounts accounts;

	private final ApiTokenSettings settings;

	private final Clock clock;

	ApiTokens(JdbcTemplate jdbc, UserAccounts accounts, ApiTokenSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Issues a new token for the account, valid for the configured default, as made at
	 * the host's command line; the token itself is shown once and never stored.
	 * @throws IllegalArgumentException naming the email if there is no such account
	 */
	@Transactional
	public String issue(String email) {
		return issue(email, this.settings.tokenValidity(), AccountActor.COMMAND_LINE).token();
	}

	/**
	 * Issues a new token for the account, valid for the given time, as made at the host's
	 * command line.
	 * @throws IllegalArgumentException as {@link #issue(String, Duration, String)}
	 */
	@Transactional
	public IssuedApiToken issue(String email, Duration validFor) {
		return issue(email, validFor, AccountActor.COMMAND_LINE);
	}

	/**
	 * Issues a new token for the account, valid for the given time, and audits it
	 * ({@link AuditAction#TOKEN_CREATED}, in the account's clinic, naming the token's id)
	 * in the same transaction.
	 * @param by who makes it, as the audit trail names them: the signed-in person's
	 * email, or {@link AccountActor#COMMAND_LINE}
	 * @throws IllegalArgumentException naming the email if there is no such account, or
	 * if the validity is not positive or longer than {@link #MAX_VALIDITY}
	 */
	@Transactional
	public IssuedApiToken issue(String email, Duration validFor, String by) {
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
		String id = hash.substring(0, 12);
		audit(account.clinicId(), by, AuditAction.TOKEN_CREATED, id, "expires " + MINUTE.format(expiresAt));
		return new IssuedApiToken(token, id, expiresAt);
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
	 * Revokes the token with this id (as {@link #list} shows it) as done at the host's
	 * command line.
	 * @see #revoke(String, String)
	 */
	@Transactional
	public ApiTokenRecord revoke(String id) {
		return revoke(id, AccountActor.COMMAND_LINE);
	}

	/**
	 * Revokes the token with this id (as {@link #list} shows it) and audits it
	 * ({@link AuditAction#TOKEN_REVOKED}, in the token's clinic); revoking a revoked
	 * token again changes nothing and records nothing.
	 * @param by who revokes it, as the audit trail names them: the signed-in person's
	 * email, or {@link AccountActor#COMMAND_LINE}
	 * @return the token as it is now
	 * @throws IllegalArgumentException naming the id if it is malformed or names no token
	 */
	@Transactional
	public ApiTokenRecord revoke(String id, String by) {
		if (id == null || !ID.matcher(id).matches()) {
			throw new IllegalArgumentException(
					"A token id is the 12 hex digits shown by 'token list', not '" + id + "'");
		}
		List<UUID> clinics = this.jdbc.queryForList(
				"select clinic_id from api_token where token_hash like ? and revoked_at is null", UUID.class, id + "%");
		this.jdbc.update("update api_token set revoked_at = ? where token_hash like ? and revoked_at is null",
				Timestamp.from(Instant.now()), id + "%");
		clinics.forEach((clinic) -> audit(clinic, by, AuditAction.TOKEN_REVOKED, id, null));
		List<ApiTokenRecord> found = this.jdbc.query("""
				select t.token_hash, u.email, t.created_at, t.expires_at, t.revoked_at from api_token t
				join app_user u on u.id = t.user_id where t.token_hash like ?""", RECORD, id + "%");
		if (found.isEmpty()) {
			throw new IllegalArgumentException("No API token with the id " + id);
		}
		return found.get(0);
	}

	/**
	 * Revokes every token of the account as done at the host's command line.
	 * @see #revokeAll(String, String)
	 */
	@Transactional
	public int revokeAll(String email) {
		return revokeAll(email, AccountActor.COMMAND_LINE);
	}

	/**
	 * Revokes every token of the account, each audited as {@link #revoke(String, String)}
	 * audits one.
	 * @param by who revokes them, as the audit trail names them
	 * @return how many tokens were revoked now (not counting those revoked before)
	 * @throws IllegalArgumentException naming the email if there is no such account
	 */
	@Transactional
	public int revokeAll(String email, String by) {
		UserAccount account = account(email);
		List<String> ids = this.jdbc.queryForList(
				"select token_hash from api_token where user_id = ? and revoked_at is null", String.class,
				account.id());
		int revoked = revokeAllOf(account.id(), Instant.now());
		ids.forEach((hash) -> audit(account.clinicId(), by, AuditAction.TOKEN_REVOKED, hash.substring(0, 12),
				"every token of the account"));
		return revoked;
	}

	/**
	 * Revokes every unrevoked token of the account for good, inside the caller's
	 * transaction: a reset or a disable means the person's credentials may be in other
	 * hands, so enabling the account again or accepting the new invitation must not bring
	 * an old token back. The caller audits the count in its own entry.
	 * @return how many tokens were revoked now
	 */
	int revokeAllOf(UUID userId, Instant at) {
		return this.jdbc.update("update api_token set revoked_at = ? where user_id = ? and revoked_at is null",
				Timestamp.from(at), userId);
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

	private void audit(UUID clinicId, String by, AuditAction action, String tokenId, String detail) {
		AuditTrail.append(this.jdbc, new AuditEntry(clinicId, by, action, "api-token", tokenId,
				AuditTrail.remoteAddress(), this.clock.instant(), detail));
	}

	private UserAccount account(String email) {
		return this.accounts.findByEmail(email)
			.orElseThrow(() -> new IllegalArgumentException("No account with the email " + email));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
