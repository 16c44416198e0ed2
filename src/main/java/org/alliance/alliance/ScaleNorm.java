package org.alliance.alliance;

/**
 * A clinic's alliance on one scale.
 *
 * @param level mean of every rating, per-item mean
 * @param withinClientSd pooled within-client SD: √(Σ(x − client mean)² / Σ(n − 1))
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
