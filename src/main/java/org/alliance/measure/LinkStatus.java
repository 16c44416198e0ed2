package org.alliance.measure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A personal link as the staff see it after it was handed out (never its token): for
 * which session and measures, who issued it and when, until when, and whether it still
 * works.
 *
 * @param instruments the codes of the measures it offers, in order
 * @param revokedAt when a person (or a newer link) ended it, or null
 * @param revokedBy who ended it (the issuer of the newer link when it was replaced), or
 * null
 */
public record LinkStatus(UUID id, UUID sessionId, int sessionNumber, LocalDate sessionDate, List<String> instruments,
		String createdBy, Instant createdAt, Instant expiresAt, Instant revokedAt, String revokedBy, LinkState state) {
}
