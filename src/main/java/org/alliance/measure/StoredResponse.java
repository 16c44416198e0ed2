package org.alliance.measure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.alliance.instrument.Answer;
import org.alliance.instrument.Scores;

/**
 * A response as stored: its answers item by item and the scores computed when it arrived.
 * A session holds one current response per measure and respondent; a correction is a new
 * version that names the one it corrects, which stays stored, superseded.
 *
 * @param enteredBy who entered the answers, never null: the email of the staff member who
 * entered the client's answers on the client's behalf or answered a therapist's measure;
 * {@value Responses#CLIENT_LINK} for the client's own answers from their personal link
 * ({@value Responses#SIMULATED_CLIENT} in the demo clinic's simulated history)
 * @param onBehalf whether staff entered the client's answers on the client's behalf
 * @param corrects the version this one corrects, or null for a first answer
 * @param correctionReason why it was corrected, or null for a first answer
 * @param supersededBy the correction that replaced this version, or null while it is
 * current
 */
public record StoredResponse(UUID id, UUID clientId, UUID episodeId, UUID sessionId, int sessionNumber,
		LocalDate sessionDate, String instrument, String respondent, Instant submittedAt, Map<String, Answer> answers,
		Scores scores, String enteredBy, boolean onBehalf, UUID corrects, String correctionReason, UUID supersededBy) {

	/** A first answer, current, as entered by the one named. */
	public StoredResponse(UUID id, UUID clientId, UUID episodeId, UUID sessionId, int sessionNumber,
			LocalDate sessionDate, String instrument, String respondent, Instant submittedAt,
			Map<String, Answer> answers, Scores scores, String enteredBy, boolean onBehalf) {
		this(id, clientId, episodeId, sessionId, sessionNumber, sessionDate, instrument, respondent, submittedAt,
				answers, scores, enteredBy, onBehalf, null, null, null);
	}

	/** A first answer, current, from the client's personal link. */
	public StoredResponse(UUID id, UUID clientId, UUID episodeId, UUID sessionId, int sessionNumber,
			LocalDate sessionDate, String instrument, String respondent, Instant submittedAt,
			Map<String, Answer> answers, Scores scores) {
		this(id, clientId, episodeId, sessionId, sessionNumber, sessionDate, instrument, respondent, submittedAt,
				answers, scores, Responses.CLIENT_LINK, false);
	}

	/** Whether this version corrects an earlier one. */
	public boolean corrected() {
		return this.corrects != null;
	}

	/** Whether a correction has replaced this version. */
	public boolean superseded() {
		return this.supersededBy != null;
	}

}
