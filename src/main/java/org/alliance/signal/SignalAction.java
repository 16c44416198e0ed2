package org.alliance.signal;

import java.time.Instant;
import java.util.UUID;

/**
 * Something the therapist did about a signal, e.g. one repair step with a note.
 */
public record SignalAction(UUID id, String step, String note, String recordedBy, Instant recordedAt) {
}
