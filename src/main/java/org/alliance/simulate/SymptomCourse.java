package org.alliance.simulate;

/**
 * Carries a session's alliance into the client's next symptom scores: a session the
 * client felt better about than usual is followed by lower PHQ-9 and GAD-7, a worse one
 * by higher, fading over the following sessions. This plants the within-client,
 * alliance-first order found in session-by-session studies (Falkenström, Granström &amp;
 * Holmqvist 2013; Zilcha-Mano et al. 2014), beside the between-client link of
 * {@link ClientTraits#improvement()}.
 */
final class SymptomCourse {

	private double carried;

	/** Symptom points to subtract before the next session. */
	double relief() {
		return PlantedEffects.LAGGED_RELIEF_PER_POINT * this.carried;
	}

	/**
	 * Records how far the session's alliance sat from the client's own usual level, in
	 * scale points.
	 */
	void afterSession(double deviation) {
		this.carried = PlantedEffects.LAGGED_RELIEF_DECAY * this.carried + deviation;
	}

}
