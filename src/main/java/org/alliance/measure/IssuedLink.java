package org.alliance.measure;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A client's personal link as handed out: the token appears here once and is stored only
 * hashed.
 *
 * @param id names the link to revoke it ({@code POST /api/v1/links/{id}/revoke})
 * @param path the page the client opens, {@code /r/<token>}
 * @param url the same page as an absolute URL on the configured
 * {@code alliance.base-url}, never on the request's {@code Host}
 */
public record IssuedLink(UUID id, String token, String path, String url, Instant expiresAt, List<String> instruments) {
}
