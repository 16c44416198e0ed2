package org.alliance.simulate;

/**
 * Draws PHQ-9 and GAD-7 item answers (0–3) that add up to about a latent total.
 */
final class SymptomItems {

	/**
	 * Item 9 of the PHQ-9 (thoughts of self-harm) is endorsed far less often than the
	 * others.
	 */
	private static final double[] PHQ_OFFSETS = { 0.2, 0.25, 0.3, 0.35, 0.1, 0.15, 0.05, 0.0, -1.4 };

	private static final double[] GAD_OFFSETS = { 0.2, 0.1, 0.2, 0.1, -0.3, 0.1, -0.4 };

	private static final double ITEM_SD = 0.45;

	private final RandomDraws draws;

	SymptomItems(RandomDraws draws) {
		this.draws = draws;
	}

	int[] phq9(double total) {
		return items(total, PHQ_OFFSETS);
	}

	int[] gad7(double total) {
		return items(total, GAD_OFFSETS);
	}

	private int[] items(double total, double[] offsets) {
		int[] items = new int[offsets.length];
		double perItem = total / offsets.length;
		for (int i = 0; i < offsets.length; i++) {
			long rounded = Math.round(perItem + offsets[i] + this.draws.normal(0, ITEM_SD));
			items[i] = (int) Math.max(0, Math.min(3, rounded));
		}
		return items;
	}

}
