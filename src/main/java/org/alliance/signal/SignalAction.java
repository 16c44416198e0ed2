package org.alliance.signal;

import java.time.Instant;
import java.util.UUID;

/**
 * Something done about a signal, e.g. one repair step with a note.
 *
 * @param recordedBy the email of whoever recorded it: the client's therapist, or a
 * supervisor or duty clinician who covered a risk signal
 * @param recordedAt when it was recorded
 * @param contactedAt for a step of a risk signal, when the client was reached, as the
 * person entered it (never in the future, never before the signal); null for other steps
 */
public record SignalAction(UUID id, String step, String note, String recordedBy, Instant recordedAt,
		Instant contactedAt) {

	/** A step that records no contact with the client. */
	public SignalAction(UUID id, String step, String note, String recordedBy, Instant recordedAt) {
		this(id, step, note, recordedBy, recordedAt, null);
	}

}
