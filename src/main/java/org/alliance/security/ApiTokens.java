package org.alliance.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * API tokens. Only a SHA-256 hash of each token is stored: the tokens are 256 random
 * bits, so a fast hash is as safe as a slow one and keeps every API call cheap.
 */
@Service
public class ApiTokens {

	private static final Duration CACHE_TIME = Duration.ofSeconds(30);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final UserAccounts accounts;

	private final ConcurrentHashMap<String, Cached> recent = new ConcurrentHashMap<>();

	ApiTokens(JdbcTemplate jdbc, UserAccounts accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	/**
	 * Issues a new token for the account; the token itself is shown once and never
	 * stored.
	 */
	public String issue(String email) {
		UserAccount account = this.accounts.findByEmail(email)
			.orElseThrow(() -> new IllegalArgumentException("No account with the email " + email));
		String token = "alc_" + randomToken();
		this.jdbc.update("insert into api_token (token_hash, user_id, clinic_id, created_at) values (?, ?, ?, ?)",
				hash(token), account.id(), account.clinicId(), Timestamp.from(Instant.now()));
		return token;
	}

	/** The account a token belongs to, if the token is known and not expired. */
	public Optional<CurrentUser> authenticate(String token) {
		String hash = hash(token);
		Cached cached = this.recent.get(hash);
		Instant now = Instant.now();
		if (cached != null && cached.loadedAt().plus(CACHE_TIME).isAfter(now)) {
			return Optional.of(cached.user());
		}
		Optional<CurrentUser> user = this.jdbc
			.query("""
					select u.id, u.clinic_id, u.email, u.display_name, u.role from api_token t
					join app_user u on u.id = t.user_id
					where t.token_hash = ? and (t.expires_at is null or t.expires_at > ?)""",
					(rs, i) -> new CurrentUser(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
							rs.getString(3), rs.getString(4), Role.valueOf(rs.getString(5))),
					hash, Timestamp.from(now))
			.stream()
			.findFirst();
		user.ifPresent((found) -> this.recent.put(hash, new Cached(found, now)));
		return user;
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

	private record Cached(CurrentUser user, Instant loadedAt) {
	}

}
