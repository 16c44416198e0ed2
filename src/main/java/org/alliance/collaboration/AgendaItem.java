package org.alliance.collaboration;

import java.time.Instant;
import java.util.UUID;

/**
 * Something the client wants to talk about at a session, proposed before it.
 *
 * @param sessionNumber the session's number in its episode
 * @param enteredBy {@code client-link} when the client proposed it on the phone, else a
 * staff email
 * @param onBehalf true when staff entered it for the client
 * @param takenUpAt when the therapist marked it taken up, or null
 * @param takenUpBy who marked it, or null
 */
public record AgendaItem(UUID id, UUID clientId, UUID sessionId, int sessionNumber, String wording, String enteredBy,
		boolean onBehalf, Instant proposedAt, Instant takenUpAt, String takenUpBy) {

	public boolean takenUp() {
		return this.takenUpAt != null;
	}

}
