package org.alliance.security;

import java.time.Instant;
import java.util.UUID;

/**
 * An invitation link as issued: the token is shown once to the admin (and printed by the
 * command) and never stored.
 *
 * @param userId the invited account
 * @param email the invitee's email
 * @param token 256 random bits, URL-safe base64; the link is {@code /invitations/<token>}
 * @param expiresAt when the link stops working (72 hours after issue)
 */
public record IssuedInvitation(UUID userId, String email, String token, Instant expiresAt) {

	/** The link's path on the server. */
	public String path() {
		return "/invitations/" + this.token;
	}

}
