package org.alliance.signal;

import java.util.UUID;

/**
 * A finding another module wants in the therapist's inbox.
 *
 * @param kind what was found, e.g. {@code rupture}, {@code perception-gap}
 * @param sourceKey names the finding so that evaluating the same data again raises
 * nothing new, e.g. {@code rupture:<client>:<session>:strauss}
 * @param summary one line for the inbox
 * @param evidence what the signal rests on, as JSON text, shown when the signal is opened
 */
public record NewSignal(UUID clinicId, UUID clientId, UUID therapistId, UUID sessionId, String kind, String sourceKey,
		String summary, String evidence) {
}
