package org.alliance.measure;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A personal link with measures still to answer.
 *
 * @param tokenHash the link's token hashed, as stored
 * @param createdBy who issued it: a staff email, or the schedule's name
 * @param expiresAt when it stops (or stopped) working
 * @param pending the instrument codes still to answer, in the link's order
 */
public record AwaitingLink(String tokenHash, UUID sessionId, UUID clientId, String createdBy, Instant createdAt,
		Instant expiresAt, List<String> pending) {

	public boolean expired(Instant now) {
		return !this.expiresAt.isAfter(now);
	}

}
