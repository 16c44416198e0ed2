package org.alliance.alliance;

/**
 * A clinic's alliance on one scale.
 *
 * @param level mean of every rating, per-item mean
 * @param withinClientSd within-client SD, robust to the clinic's ruptures: Huber's
 * Proposal 2 scale of successive differences over √2 ({@link SuccessiveDifferenceSd})
 * @param betweenClientSd SD of the client means
 */
public record ScaleNorm(double level, double withinClientSd, double betweenClientSd) {

	/**
	 * The spread of one rating of a client whose own level is not known yet: between- and
	 * within-client variance together.
	 * @return √(between² + within²)
	 */
	public double firstSessionsSd() {
		return Math.sqrt(this.betweenClientSd * this.betweenClientSd + this.withinClientSd * this.withinClientSd);
	}

}
