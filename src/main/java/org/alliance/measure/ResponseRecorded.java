package org.alliance.measure;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.alliance.instrument.Answer;

import org.alliance.instrument.Scores;

/**
 * Published once a response is durably stored, for the modules that evaluate it
 * (alliance, outcome, collaboration).
 *
 * @param submittedAt when the response counts as submitted: as it was stored, or the
 * moment an answer of a simulated or imported history stands for
 */
public record ResponseRecorded(UUID clinicId, UUID clientId, UUID sessionId, UUID responseId, String instrument,
		String respondent, Map<String, Answer> answers, Scores scores, Instant submittedAt) {
}
