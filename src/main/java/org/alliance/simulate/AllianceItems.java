package org.alliance.simulate;

/**
 * Draws answers to the seven 1–5 alliance-check items from latent values. Rounding and
 * clipping to the scale is what makes the ceiling: a latent value above 4.5 answers 5.
 */
final class AllianceItems {

	/**
	 * Bond is rated a little higher than task and goal, as on the WAI-SR (Hatcher &amp;
	 * Gillaspy 2006).
	 */
	private static final double[] ITEM_OFFSETS = { 0.1, 0.1, -0.05, -0.05, -0.1, -0.1, 0 };

	private final RandomDraws draws;

	AllianceItems(RandomDraws draws) {
		this.draws = draws;
	}

	/** The client's answers; item 7 (empathy) carries the client's perceived empathy. */
	int[] client(double level, double empathy, int k, RuptureCourse rupture) {
		int[] items = new int[7];
		for (int item = 1; item <= 7; item++) {
			double latent = level + ITEM_OFFSETS[item - 1] - rupture.deficit(k, item) + ((item == 7) ? empathy : 0);
			items[item - 1] = answer(latent);
		}
		return items;
	}

	/** The therapist's own view, or the therapist's prediction of the client's view. */
	int[] therapist(double level) {
		int[] items = new int[7];
		for (int item = 1; item <= 7; item++) {
			items[item - 1] = answer(level + ITEM_OFFSETS[item - 1]);
		}
		return items;
	}

	private int answer(double latent) {
		long rounded = Math.round(latent + this.draws.normal(0, PlantedEffects.ITEM_SD));
		return (int) Math.max(1, Math.min(5, rounded));
	}

	/**
	 * Mean latent deficit over the seven items, what an observer of the whole session
	 * sees.
	 */
	static double meanDeficit(int k, RuptureCourse rupture) {
		double sum = 0;
		for (int item = 1; item <= 7; item++) {
			sum += rupture.deficit(k, item);
		}
		return sum / 7;
	}

}
