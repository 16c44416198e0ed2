package org.alliance.simulate;

/**
 * The latent make-up of one client, drawn at intake.
 *
 * @param therapistOffset the therapist's alliance offset, in scale points
 * @param ownAlliance the client's own alliance deviation, in scale points
 * @param empathy the client's perceived empathy beyond the alliance, in scale points
 * @param intakePhq latent PHQ-9 total at intake
 * @param intakeGad latent GAD-7 total at intake
 * @param plannedSessions sessions scheduled for a planned course
 * @param otherEndSession session after which the episode ends for another reason, 0 for
 * none
 * @param improvement latent PHQ-9 improvement over a full course, before any rupture
 * @param rupture the planned rupture
 */
record ClientTraits(double therapistOffset, double ownAlliance, double empathy, double intakePhq, double intakeGad,
		int plannedSessions, int otherEndSession, double improvement, RupturePlan rupture) {

	static ClientTraits draw(RandomDraws draws, PlantedTherapistEffect therapist, int maxSessions) {
		double own = draws.normal(0, PlantedEffects.CLIENT_SD);
		double empathy = draws.normal(0, PlantedEffects.EMPATHY_SD);
		double phq = draws.normal(PlantedEffects.INTAKE_PHQ_MEAN, PlantedEffects.INTAKE_PHQ_SD);
		// GAD-7 and PHQ-9 correlate strongly at intake (Kroenke et al. 2010).
		double gad = 12 + 0.6 * (phq - 15) + draws.normal(0, 3.3);
		int planned = draws.between(Math.max(6, maxSessions / 2), maxSessions);
		int otherEnd = draws.chance(PlantedEffects.OTHER_END) ? draws.between(2, planned - 1) : 0;
		double improvement = improvement(draws, therapist.allianceOffset(), own, empathy);
		RupturePlan rupture = RupturePlan.draw(draws, planned, therapist.allianceOffset() + own);
		return new ClientTraits(therapist.allianceOffset(), own, empathy, phq, gad, planned, otherEnd, improvement,
				rupture);
	}

	/**
	 * The therapist's part of the alliance predicts improvement more than the client's
	 * own part (Baldwin, Wampold &amp; Imel 2007).
	 */
	private static double improvement(RandomDraws draws, double therapist, double own, double empathy) {
		return PlantedEffects.IMPROVEMENT_BASE + PlantedEffects.IMPROVEMENT_PER_THERAPIST_POINT * therapist
				+ PlantedEffects.IMPROVEMENT_PER_CLIENT_POINT * own
				+ PlantedEffects.IMPROVEMENT_PER_EMPATHY_POINT * empathy
				+ draws.normal(0, PlantedEffects.IMPROVEMENT_SD);
	}

	double allianceTrait() {
		return this.therapistOffset + this.ownAlliance;
	}

}
