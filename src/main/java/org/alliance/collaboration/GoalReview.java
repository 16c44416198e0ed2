package org.alliance.collaboration;

import java.util.List;

/**
 * When the client's goals are next reviewed: every N sessions (goals agreed and reviewed
 * periodically, docs/manual.md, "Collaboration";
 * {@code alliance.collaboration.review-every}, 4 by default), counted from the last
 * review of an active goal or, before the first, from the session the goals were set.
 *
 * @param due whether the review is due at the next session
 * @param lastReviewed the session of the latest rating of an active goal, or null
 * @param reviewAt the session at which the review falls due
 */
public record GoalReview(boolean due, Integer lastReviewed, int reviewAt) {

	/**
	 * The review of the goals, or null when no goal is active.
	 * @param nextSession the number of the session the therapist prepares
	 */
	static GoalReview of(List<Goal> goals, int nextSession, int every) {
		List<Goal> active = goals.stream().filter(Goal::active).toList();
		if (active.isEmpty()) {
			return null;
		}
		Integer lastReviewed = active.stream()
			.flatMap((goal) -> goal.ratings().stream())
			.map(GoalRating::session)
			.max(Integer::compare)
			.orElse(null);
		int from = (lastReviewed != null) ? lastReviewed : active.stream().mapToInt(Goal::setSession).min().orElse(0);
		int reviewAt = from + every;
		return new GoalReview(nextSession >= reviewAt, lastReviewed, reviewAt);
	}

}
