package org.alliance.collaboration;

import java.util.List;
import java.util.UUID;

/**
 * The client's goal attainment now: the GAS T-score over the active goals' latest ratings
 * (Kiresuk &amp; Sherman 1968, ρ = 0.3).
 *
 * @param tScore 50 when every rated active goal is at its expected level; null while no
 * active goal is rated
 * @param goals each active goal with its latest level (null while unrated) and weight
 * @param session the latest session among those ratings, or null
 */
public record GoalAttainment(Double tScore, List<GoalLevel> goals, Integer session) {

	/** An active goal's latest level, null while it is unrated, and its weight. */
	public record GoalLevel(UUID id, Integer level, int weight) {
	}

	static GoalAttainment of(List<Goal> goals) {
		List<Goal> active = goals.stream().filter(Goal::active).toList();
		List<GoalAttainmentScaling.Attained> rated = active.stream()
			.filter((goal) -> goal.latest() != null)
			.map((goal) -> new GoalAttainmentScaling.Attained(goal.latest().level(), goal.weight()))
			.toList();
		var t = GoalAttainmentScaling.tScore(rated);
		Integer session = active.stream()
			.filter((goal) -> goal.latest() != null)
			.map((goal) -> goal.latest().session())
			.max(Integer::compare)
			.orElse(null);
		return new GoalAttainment(t.isPresent() ? t.getAsDouble() : null,
				active.stream()
					.map((goal) -> new GoalLevel(goal.id(), (goal.latest() != null) ? goal.latest().level() : null,
							goal.weight()))
					.toList(),
				session);
	}

}
