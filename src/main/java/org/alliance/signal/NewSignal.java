package org.alliance.signal;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A finding another module wants in the therapist's inbox.
 *
 * @param kind what was found, e.g. {@code rupture}, {@code perception-gap}
 * @param sourceKey names the finding so that evaluating the same data again raises
 * nothing new, e.g. {@code rupture:<client>:<session>:strauss}
 * @param summary one line for the inbox
 * @param evidence what the signal rests on, as JSON text, shown when the signal is opened
 * @param occurredOn the date of the session the finding belongs to; null for today. A
 * finding of a session long past (found while catching up, or in imported data) is
 * recorded as history instead of opening in the inbox, except a risk answer
 * ({@link SignalInbox#raise})
 */
public record NewSignal(UUID clinicId, UUID clientId, UUID therapistId, UUID sessionId, String kind, String sourceKey,
		String summary, String evidence, LocalDate occurredOn) {

	/** A finding of today's data. */
	public NewSignal(UUID clinicId, UUID clientId, UUID therapistId, UUID sessionId, String kind, String sourceKey,
			String summary, String evidence) {
		this(clinicId, clientId, therapistId, sessionId, kind, sourceKey, summary, evidence, null);
	}

}
