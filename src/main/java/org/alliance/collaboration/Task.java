package org.alliance.collaboration;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A task (homework) agreed in a session for the time until a later one.
 *
 * @param description what to do
 * @param rationale why, as the therapist explained it
 * @param agreement whether the client agreed
 * @param minutes its size in minutes
 * @param setSession the number of the session at which it was set, in its episode
 * @param dueSession the number of the session by which it is due (it need not be booked
 * yet)
 * @param replaces the task it renegotiates into a smaller one, or null
 * @param signalId the task-rupture signal it was renegotiated from, or null
 * @param completions as reported, oldest first; the latest counts
 */
public record Task(UUID id, UUID clinicId, UUID clientId, UUID episodeId, String description, String rationale,
		Agreement agreement, int minutes, int setSession, int dueSession, UUID replaces, UUID signalId,
		String enteredBy, Instant createdAt, List<TaskCompletion> completions) {

	public Task {
		completions = List.copyOf(completions);
	}

	/** The latest report, or null while none came. */
	public TaskCompletion latest() {
		return this.completions.isEmpty() ? null : this.completions.get(this.completions.size() - 1);
	}

	/** The latest reported status, or null while none came. */
	public CompletionStatus status() {
		TaskCompletion latest = latest();
		return (latest != null) ? latest.status() : null;
	}

}
