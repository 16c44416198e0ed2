package org.alliance.measure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.alliance.instrument.Answer;
import org.alliance.instrument.Scores;

/**
 * A response as stored: its answers item by item and the scores computed when it arrived.
 *
 * @param enteredBy the email of the staff member who entered the answers: who entered the
 * client's answers on the client's behalf, or who answered a therapist's measure; null
 * for the client's own answers from their personal link
 * @param onBehalf whether staff entered the client's answers on the client's behalf
 */
public record StoredResponse(UUID id, UUID clientId, UUID episodeId, UUID sessionId, int sessionNumber,
		LocalDate sessionDate, String instrument, String respondent, Instant submittedAt, Map<String, Answer> answers,
		Scores scores, String enteredBy, boolean onBehalf) {

	/** A response that was not entered on the client's behalf. */
	public StoredResponse(UUID id, UUID clientId, UUID episodeId, UUID sessionId, int sessionNumber,
			LocalDate sessionDate, String instrument, String respondent, Instant submittedAt,
			Map<String, Answer> answers, Scores scores) {
		this(id, clientId, episodeId, sessionId, sessionNumber, sessionDate, instrument, respondent, submittedAt,
				answers, scores, null, false);
	}

}
