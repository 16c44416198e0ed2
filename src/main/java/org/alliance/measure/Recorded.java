package org.alliance.measure;

import java.util.UUID;

import org.alliance.instrument.Scores;

/**
 * The answer to a submission: the stored response's id and scores, and whether an earlier
 * submission with the same idempotency key had already stored it.
 */
public record Recorded(UUID id, Scores scores, boolean replayed) {
}
