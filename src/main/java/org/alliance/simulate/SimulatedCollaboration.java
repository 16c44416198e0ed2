package org.alliance.simulate;

import java.util.List;
import java.util.Map;

/**
 * The goals, goal ratings and tasks of a simulated clinic, with the task ruptures planted
 * in it. Sessions are numbers in the client's episode; all lists are in the order they
 * happened, client by client.
 *
 * @param goals each client's goals, set at their first session
 * @param ratings the level each goal reached at its reviews
 * @param tasks every task, with its report (or none)
 * @param planted the task ruptures planted: agreed tasks left undone at two consecutive
 * due sessions, by client and the second due session
 */
public record SimulatedCollaboration(List<Goal> goals, List<Rating> ratings, List<Task> tasks,
		List<PlantedTaskRupture> planted) {

	public SimulatedCollaboration {
		goals = List.copyOf(goals);
		ratings = List.copyOf(ratings);
		tasks = List.copyOf(tasks);
		planted = List.copyOf(planted);
	}

	/**
	 * A goal in the client's words with its Goal Attainment Scaling ladder.
	 *
	 * @param ladder the text of each level from −2 to +2
	 * @param writtenBy {@code client}, {@code therapist} or {@code together}
	 */
	public record Goal(String clientKey, String key, String wording, Map<Integer, String> ladder, int weight,
			String writtenBy, int setSession) {
	}

	/** The level a goal reached at a session, as the rater judged it. */
	public record Rating(String goalKey, int session, int level, String rater) {
	}

	/**
	 * A task set at one session and due at the next attended one.
	 *
	 * @param agreement {@code agreed}, {@code unsure} or {@code not-agreed}
	 * @param replaces the key of the task it renegotiates into a smaller one, or null
	 * @param completion {@code done}, {@code partly}, {@code not-done}, or null when not
	 * reported; reported at the due session
	 */
	public record Task(String clientKey, String key, String description, String rationale, String agreement,
			int minutes, int setSession, int dueSession, String replaces, String completion) {
	}

	/** A task rupture planted at the second of two consecutive due sessions. */
	public record PlantedTaskRupture(String clientKey, int session) {
	}

}
