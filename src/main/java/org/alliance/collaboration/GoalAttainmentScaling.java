package org.alliance.collaboration;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The Goal Attainment Scaling summary score (Kiresuk &amp; Sherman 1968): a T-score of 50
 * when every goal is reached at the expected level, 10 points per standard deviation:
 * <pre>
 * T = 50 + 10 Σ wᵢxᵢ / √((1 − ρ) Σ wᵢ² + ρ (Σ wᵢ)²)
 * </pre> with xᵢ the level reached on goal i (−2 … +2), wᵢ its weight and ρ the assumed
 * correlation between the goals' scores, 0.3 by Kiresuk and Sherman's convention.
 */
final class GoalAttainmentScaling {

	/** The correlation between goal scores Kiresuk and Sherman (1968) assume. */
	static final double RHO = 0.3;

	private GoalAttainmentScaling() {
	}

	/**
	 * The T-score over the goals, or empty when there is none.
	 * @param goals each goal's level reached and weight (weights above 0)
	 */
	static OptionalDouble tScore(List<Attained> goals) {
		return tScore(goals, RHO);
	}

	static OptionalDouble tScore(List<Attained> goals, double rho) {
		if (goals.isEmpty()) {
			return OptionalDouble.empty();
		}
		double weighted = 0;
		double squares = 0;
		double weights = 0;
		for (Attained goal : goals) {
			weighted += goal.weight() * goal.level();
			squares += goal.weight() * goal.weight();
			weights += goal.weight();
		}
		return OptionalDouble.of(50 + 10 * weighted / Math.sqrt((1 - rho) * squares + rho * weights * weights));
	}

	/**
	 * One goal's level reached and its weight.
	 *
	 * @param level from −2 (much less than expected) to +2 (much more than expected)
	 * @param weight above 0
	 */
	record Attained(int level, double weight) {

		Attained {
			if (level < AttainmentLevel.LOWEST || level > AttainmentLevel.HIGHEST) {
				throw new IllegalArgumentException("A level runs from -2 to 2: " + level);
			}
			if (!(weight > 0)) {
				throw new IllegalArgumentException("A weight is above 0: " + weight);
			}
		}

	}

}
