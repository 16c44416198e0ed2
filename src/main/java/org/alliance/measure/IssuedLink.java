package org.alliance.measure;

import java.time.Instant;
import java.util.List;

/**
 * A client's personal link as handed out: the token appears here once and is stored only
 * hashed.
 *
 * @param path the page the client opens, {@code /r/<token>}
 */
public record IssuedLink(String token, String path, Instant expiresAt, List<String> instruments) {
}
