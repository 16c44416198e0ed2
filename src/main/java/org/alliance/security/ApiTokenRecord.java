package org.alliance.security;

import java.time.Instant;

/**
 * What is known of an issued API token, without its secret: only a hash of the token is
 * stored, so the token itself can never be shown again.
 *
 * @param id the first 12 hex digits of the token's SHA-256 hash; names the token in
 * {@code token list} and {@code token revoke}
 * @param email the account the token belongs to
 * @param createdAt when it was issued
 * @param expiresAt from when it is refused
 * @param revokedAt when it was revoked, or null
 */
public record ApiTokenRecord(String id, String email, Instant createdAt, Instant expiresAt, Instant revokedAt) {

	/** {@code active}, {@code expired} or {@code revoked} at the given instant. */
	public String status(Instant now) {
		if (this.revokedAt != null) {
			return "revoked";
		}
		return this.expiresAt.isAfter(now) ? "active" : "expired";
	}

}
