package org.alliance.collaboration;

import java.time.Instant;
import java.util.UUID;

/**
 * A report of how much of a task was done.
 *
 * @param session the number of the session it was reported for, in the task's episode
 * @param enteredBy a staff email, or {@code client-link} when the client ticked it on the
 * phone
 * @param onBehalf true when staff entered it for the client
 */
public record TaskCompletion(UUID id, UUID taskId, CompletionStatus status, int session, String enteredBy,
		boolean onBehalf, Instant recordedAt) {
}
