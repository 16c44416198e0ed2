package org.alliance.collaboration;

import java.time.Instant;
import java.util.UUID;

/**
 * The level a goal reached at a review.
 *
 * @param session the session's number in the goal's episode
 * @param level from −2 to +2 ({@link AttainmentLevel})
 * @param rater who judged it
 * @param enteredBy who recorded it: a staff email, or {@code client-link} when the client
 * did on the phone
 * @param onBehalf true when staff entered what the client would (the client's rating)
 */
public record GoalRating(UUID id, UUID goalId, int session, int level, Rater rater, String enteredBy, boolean onBehalf,
		Instant recordedAt) {
}
