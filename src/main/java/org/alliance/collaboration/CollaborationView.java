package org.alliance.collaboration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.alliance.care.CareSession;
import org.alliance.care.Client;

/**
 * What the pages show of a client's goals and tasks: the client page's part, its own page
 * where a refused form is shown again, and the session brief.
 *
 * @param sessions the session numbers of the current episode, for the forms' choices
 * @param nextSession the number of the session the therapist prepares
 * @param tScore the GAS T-score in words, e.g. "59.1", or null
 * @param review when the goals are next reviewed, or null with no active goal
 */
public record CollaborationView(UUID clientId, List<Goal> goals, List<Task> tasks, GoalAttainment attainment,
		String tScore, GoalReview review, List<Integer> sessions, int lastSession, int nextSession) {

	static CollaborationView of(Client client, List<Goal> goals, List<Task> tasks, List<CareSession> episodeSessions,
			GoalReview review) {
		GoalAttainment attainment = GoalAttainment.of(goals);
		// A booked session has not taken place: the last is the last one held, the next
		// the first still booked.
		int last = episodeSessions.stream().filter((s) -> !s.booked()).mapToInt(CareSession::number).max().orElse(0);
		int next = episodeSessions.stream()
			.filter((s) -> s.booked() && s.number() > last)
			.mapToInt(CareSession::number)
			.min()
			.orElse(last + 1);
		return new CollaborationView(client.id(), goals, tasks, attainment,
				(attainment.tScore() != null) ? String.format(Locale.ROOT, "%.1f", attainment.tScore()) : null, review,
				episodeSessions.stream().map(CareSession::number).toList(), last, next);
	}

	/**
	 * The tasks the client was unsure of or did not agree to: a disagreement to talk
	 * over.
	 */
	public List<Task> disagreements() {
		return this.tasks.stream().filter((task) -> task.agreement() != Agreement.AGREED).toList();
	}

	/** The tasks not replaced by a smaller one. */
	public List<Task> current() {
		List<UUID> replaced = this.tasks.stream().map(Task::replaces).filter((id) -> id != null).toList();
		return this.tasks.stream().filter((task) -> !replaced.contains(task.id())).toList();
	}

	/**
	 * The size a renegotiation suggests for a smaller task: a quarter of the task's
	 * minutes.
	 */
	public int smaller(Task task) {
		return TaskRuptureScreen.smaller(task.minutes());
	}

	/**
	 * A goal's wording, ladder and weight as a form's fields, to start a revision from.
	 */
	public Map<String, String> given(Goal goal) {
		Map<String, String> given = new LinkedHashMap<>();
		given.put("text", goal.wording());
		goal.ladder().forEach((level, text) -> given.put("levels." + level, text));
		given.put("weight", String.valueOf(goal.weight()));
		return given;
	}

	/** The levels with their words, for the forms: "-2" to "much less than expected". */
	public static Map<Integer, String> levels() {
		Map<Integer, String> levels = new LinkedHashMap<>();
		AttainmentLevel.ALL
			.forEach((level) -> levels.put(level, AttainmentLevel.signed(level) + " " + AttainmentLevel.words(level)));
		return levels;
	}

	/** Whose words a goal is in, as the pages say it. */
	public static String whose(Goal goal) {
		return switch (goal.writtenBy()) {
			case CLIENT -> "in the client's own words";
			case THERAPIST -> "worded by the therapist";
			case TOGETHER -> "worded together";
		};
	}

	/**
	 * A report as the pages say it, e.g. "not done (session 3, by the client on the
	 * phone)".
	 */
	public static String report(TaskCompletion completion) {
		if (completion == null) {
			return "not reported yet";
		}
		String who = Tasks.CLIENT_LINK.equals(completion.enteredBy()) ? "by the client on the phone"
				: "entered by " + completion.enteredBy() + " for the client";
		return completion.status().wireName().replace('-', ' ') + " (session " + completion.session() + ", " + who
				+ ")";
	}

	/**
	 * A rating as the pages say it, e.g. "+1 somewhat more than expected (session 3,
	 * therapist)".
	 */
	public static String rating(GoalRating rating) {
		if (rating == null) {
			return "not rated yet";
		}
		return AttainmentLevel.signed(rating.level()) + " " + AttainmentLevel.words(rating.level()) + " (session "
				+ rating.session() + ", " + rating.rater().wireName()
				+ (rating.onBehalf() ? ", entered for the client" : "") + ")";
	}

}
