package org.alliance.outcome;

/**
 * The expected score at one session for a given intake score, with its one-sided
 * tolerance band (Finch, Lambert &amp; Schaalje 2001). A score above {@code upper} is not
 * on track.
 *
 * @param session the session number, from 1
 * @param mean the expected score, {@code x'β}, in points of the instrument
 * @param sd the standard deviation of a client's score about it, {@code √(z'Gz + σ²)}
 * @param lower {@code mean − z_q·sd}
 * @param upper {@code mean + z_q·sd}
 */
public record ExpectedScore(int session, double mean, double sd, double lower, double upper) {

	/**
	 * Whether a score lies above the band: a client is not on track.
	 * @param score a score at this session
	 * @return true when the score exceeds {@code upper}
	 */
	public boolean above(double score) {
		return score > this.upper;
	}

}
