package org.alliance.care;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An episode of care ended. Published after any booking still to come in it was cancelled
 * ({@link SessionCancelled}).
 *
 * @param end its last day
 */
public record EpisodeEnded(UUID clinicId, UUID clientId, UUID episodeId, LocalDate end, EndReason reason) {
}
