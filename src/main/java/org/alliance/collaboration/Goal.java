package org.alliance.collaboration;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A goal of the client's episode of care, in the client's words, with the Goal Attainment
 * Scaling ladder written together and its ratings at each review.
 *
 * @param wording the goal in the client's words
 * @param ladder the text of each level, by level from −2 to +2, never null, all five
 * @param weight the goal's weight in the T-score, from 1
 * @param writtenBy whose words the goal is in
 * @param setSession the number of the session at which it was set, 0 before the first
 * @param revises the goal this one revises, or null
 * @param enteredBy who recorded it (an email)
 * @param ratings oldest first
 */
public record Goal(UUID id, UUID clinicId, UUID clientId, UUID episodeId, String wording, Map<Integer, String> ladder,
		int weight, GoalStatus status, Wording writtenBy, int setSession, UUID revises, String enteredBy,
		Instant createdAt, List<GoalRating> ratings) {

	public Goal {
		ladder = Map.copyOf(ladder);
		ratings = List.copyOf(ratings);
	}

	/** The latest rating, or null before the first review. */
	public GoalRating latest() {
		return this.ratings.isEmpty() ? null : this.ratings.get(this.ratings.size() - 1);
	}

	public boolean active() {
		return this.status == GoalStatus.ACTIVE;
	}

	/** The ladder's text at the level, never null. */
	public String levelText(int level) {
		return this.ladder.get(level);
	}

	Goal withStatus(GoalStatus next) {
		if (this.status != GoalStatus.ACTIVE) {
			throw new IllegalStateException(
					"Only an active goal changes status; this one is " + this.status.wireName());
		}
		return new Goal(this.id, this.clinicId, this.clientId, this.episodeId, this.wording, this.ladder, this.weight,
				next, this.writtenBy, this.setSession, this.revises, this.enteredBy, this.createdAt, this.ratings);
	}

}
