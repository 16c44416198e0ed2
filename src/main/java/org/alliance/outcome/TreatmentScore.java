package org.alliance.outcome;

/**
 * One score of a client during treatment, with the client's intake score: a row of the
 * data the expected-treatment-response model is fitted on.
 *
 * @param client the client (or episode) the score belongs to, never null
 * @param session the session number, from 1
 * @param intake the client's intake score
 * @param score the score at the session
 */
public record TreatmentScore(String client, int session, double intake, double score) {

	public TreatmentScore {
		if (client == null) {
			throw new IllegalArgumentException("a score needs its client");
		}
		if (session < 1) {
			throw new IllegalArgumentException("sessions are numbered from 1, not " + session);
		}
		if (!Double.isFinite(intake) || !Double.isFinite(score)) {
			throw new IllegalArgumentException("intake and score must be finite numbers");
		}
	}

}
