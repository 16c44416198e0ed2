package org.alliance.security;

import java.time.Instant;

/**
 * A newly issued API token: the only moment its secret is known.
 *
 * @param token the bearer token, {@code alc_} and 43 URL-safe characters
 * @param id the id under which {@code token list} shows it
 * @param expiresAt from when it is refused
 */
public record IssuedApiToken(String token, String id, Instant expiresAt) {
}
