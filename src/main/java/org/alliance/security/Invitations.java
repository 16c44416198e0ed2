package org.alliance.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One-time invitation links. A link carries 256 random bits and only their SHA-256 hash
 * is stored, as for API tokens and clients' personal links: the token is shown once and
 * cannot be read back from the database. A link works once, for {@link #VALIDITY}, and
 * only while it is the account's newest.
 */
@Component
class Invitations {

	/** How long a link works: three days, so that a weekend does not end it. */
	static final Duration VALIDITY = Duration.ofHours(72);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Invitations(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A new link for the account; any earlier open link of the account stops working. */
	IssuedInvitation issue(UUID clinicId, UUID userId, String email, String issuedBy) {
		close(userId);
		String token = ApiTokens.randomToken();
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		Instant expiresAt = now.plus(VALIDITY);
		this.jdbc.update("""
				insert into invitation (token_hash, clinic_id, user_id, issued_by, issued_at, expires_at)
				values (?, ?, ?, ?, ?, ?)""", ApiTokens.hash(token), clinicId, userId, issuedBy, Timestamp.from(now),
				Timestamp.from(expiresAt));
		return new IssuedInvitation(userId, email, token, expiresAt);
	}

	/** The account an open, unexpired link leads to, and when the link expires. */
	Optional<Link> open(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		return this.jdbc
			.query("""
					select user_id, expires_at from invitation
					where token_hash = ? and closed_at is null and expires_at > ?""",
					(rs, i) -> new Link(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant()),
					ApiTokens.hash(token), Timestamp.from(this.clock.instant()))
			.stream()
			.findFirst();
	}

	/** An open link: the account it leads to and when it stops working. */
	record Link(UUID userId, Instant expiresAt) {
	}

	/** Ends every open link of the account: used, replaced, or the account disabled. */
	void close(UUID userId) {
		this.jdbc.update("update invitation set closed_at = ? where user_id = ? and closed_at is null",
				Timestamp.from(this.clock.instant()), userId);
	}

}
