package org.alliance.measure;

import java.util.Map;
import java.util.UUID;

import org.alliance.instrument.Answer;

import org.alliance.instrument.Scores;

/**
 * Published once a response is durably stored, for the modules that evaluate it
 * (alliance, outcome, collaboration).
 */
public record ResponseRecorded(UUID clinicId, UUID clientId, UUID sessionId, UUID responseId, String instrument,
		String respondent, Map<String, Answer> answers, Scores scores) {
}
