package org.alliance.measure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.alliance.instrument.Answer;
import org.alliance.instrument.Scores;

/**
 * A response as stored: its answers item by item and the scores computed when it arrived.
 */
public record StoredResponse(UUID id, UUID clientId, UUID episodeId, UUID sessionId, int sessionNumber,
		LocalDate sessionDate, String instrument, String respondent, Instant submittedAt, Map<String, Answer> answers,
		Scores scores) {
}
