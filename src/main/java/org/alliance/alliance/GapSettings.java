package org.alliance.alliance;

/**
 * When a perception gap becomes a signal.
 *
 * @param margin how far, in points per item, the therapist's prediction may sit above the
 * client's rating before it counts as an over-estimate; positive
 * @param consecutiveSessions how many rated sessions in a row must be over-estimated; at
 * least 1
 */
public record GapSettings(double margin, int consecutiveSessions) {

	/**
	 * Half a point per item in two sessions in a row. Half a point is half of one answer
	 * step on every item: on a two-item subscale one item answered a whole step apart, on
	 * the six-item total three items a step apart. It sits above the session-to-session
	 * noise of a client's own ratings (a within-client SD of about a third of a point on
	 * simulated and published ceiling-bound alliance data) and near half the
	 * between-client SD, the usual threshold of a difference people notice (Norman, Sloan
	 * &amp; Wyrwich 2003). Asking for two sessions in a row keeps one noisy form from
	 * raising a signal; the client's view, not the therapist's, predicts outcome (Elliott
	 * et al. 2018), so a lasting over-estimate is worth a look.
	 */
	public static final GapSettings DEFAULT = new GapSettings(0.5, 2);

	public GapSettings {
		if (!(margin > 0) || consecutiveSessions < 1) {
			throw new IllegalArgumentException("need a positive margin and at least one session");
		}
	}

}
