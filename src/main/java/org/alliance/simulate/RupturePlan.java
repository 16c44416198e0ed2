package org.alliance.simulate;

/**
 * The rupture planned for one client before the episode runs; it is only planted when the
 * client is still attending at that point and the earlier ratings leave room to fall.
 *
 * @param attendedSession 1-based index among the client's attended sessions, 0 for none
 * @param subscale the items that drop
 * @param drop size of the drop of the latent rating, in scale points
 * @param repairs whether the rating returns within two attended sessions
 * @param repairDelay attended sessions after the rupture until the return, 1 or 2
 * @param ceilingRun whether the client answers all 5s until the rupture
 */
record RupturePlan(int attendedSession, Subscale subscale, double drop, boolean repairs, int repairDelay,
		boolean ceilingRun) {

	static final RupturePlan NONE = new RupturePlan(0, Subscale.ALL, 0, false, 0, false);

	/**
	 * Ruptures start from the third attended session, so the client has a running level.
	 */
	static RupturePlan draw(RandomDraws draws, int plannedSessions, double allianceTrait) {
		if (!draws.chance(PlantedEffects.RUPTURE_CHANCE)) {
			return NONE;
		}
		int session = draws.between(3, Math.max(3, Math.min(plannedSessions - 2, 10)));
		Subscale subscale = subscale(draws.uniform(0, 1));
		double drop = draws.uniform(PlantedEffects.RUPTURE_DROP_LOW, PlantedEffects.RUPTURE_DROP_HIGH);
		// A stronger alliance makes repair likelier (Eubanks, Muran & Safran 2018).
		double repairChance = PlantedEffects.REPAIR_CHANCE + PlantedEffects.REPAIR_PER_POINT * allianceTrait;
		boolean repairs = draws.chance(repairChance);
		int delay = draws.chance(0.65) ? 1 : 2;
		// Only clients whose alliance sits near the top anyway answer a run of all 5s.
		boolean ceilingRun = draws.chance(PlantedEffects.CEILING_RUN) && allianceTrait > PlantedEffects.CEILING_TRAIT;
		return new RupturePlan(session, subscale, drop, repairs, delay, ceilingRun);
	}

	/** Most ruptures hit every item; some only one component, the task most often. */
	private static Subscale subscale(double u) {
		if (u < 0.6) {
			return Subscale.ALL;
		}
		if (u < 0.75) {
			return Subscale.TASK;
		}
		return (u < 0.88) ? Subscale.BOND : Subscale.GOAL;
	}

	boolean planned() {
		return this.attendedSession > 0;
	}

}
