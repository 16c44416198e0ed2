package org.alliance.care;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A booked session was cancelled, alone or with the end of its episode: anything issued
 * for it (a client's link, say) has nothing left to serve.
 *
 * @param startsAt when it would have started; null for a session recorded with its date
 * only
 */
public record SessionCancelled(UUID clinicId, UUID clientId, UUID episodeId, UUID sessionId, int number, LocalDate date,
		Instant startsAt) {

	static SessionCancelled of(CareSession session) {
		return new SessionCancelled(session.clinicId(), session.clientId(), session.episodeId(), session.id(),
				session.number(), session.date(), session.startsAt());
	}

}
