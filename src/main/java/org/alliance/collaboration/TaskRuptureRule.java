package org.alliance.collaboration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The task rupture as a rule: a client who keeps agreeing to tasks and comes back to
 * later sessions without having done them is in a rupture on tasks (the illustration in
 * docs/manual.md, "Collaboration"). Agreed tasks left undone at {@code missedInARow}
 * consecutive due sessions (two by default) are one task rupture.
 * <p>
 * Only agreed tasks count: a task the client was unsure of or did not agree to points to
 * a disagreement on tasks or goals, which the brief shows instead. The agreed tasks are
 * read by their due session, in order; a due session is missed when every agreed task due
 * then was reported not done. A task done or partly done, or not reported yet, ends the
 * run: a partly done task is effort, not the pattern. A run that reaches the count is
 * flagged once, at its last session, and counting starts afresh after it, so that a
 * smaller task left undone twice more is flagged again but a third miss alone is not.
 */
final class TaskRuptureRule {

	private final int missedInARow;

	TaskRuptureRule(int missedInARow) {
		if (missedInARow < 2) {
			throw new IllegalArgumentException("A task rupture takes at least two missed sessions: " + missedInARow);
		}
		this.missedInARow = missedInARow;
	}

	/**
	 * The task ruptures of one episode's tasks, oldest first.
	 * @param tasks the episode's tasks in any order
	 */
	List<TaskRupture> ruptures(List<Task> tasks) {
		Map<Integer, List<Task>> agreedByDue = new TreeMap<>();
		tasks.stream()
			.filter((task) -> task.agreement() == Agreement.AGREED)
			.forEach((task) -> agreedByDue.computeIfAbsent(task.dueSession(), (k) -> new ArrayList<>()).add(task));
		List<TaskRupture> ruptures = new ArrayList<>();
		List<Task> run = new ArrayList<>();
		int missed = 0;
		for (List<Task> due : agreedByDue.values()) {
			if (due.stream().allMatch((task) -> task.status() == CompletionStatus.NOT_DONE)) {
				run.addAll(due);
				missed++;
				if (missed == this.missedInARow) {
					ruptures.add(new TaskRupture(List.copyOf(run)));
					run.clear();
					missed = 0;
				}
			}
			else {
				run.clear();
				missed = 0;
			}
		}
		return ruptures;
	}

	/**
	 * Agreed tasks left undone at consecutive due sessions.
	 *
	 * @param missed the tasks, by due session, never empty
	 */
	record TaskRupture(List<Task> missed) {

		/** The due session at which the run reached the count: where it is flagged. */
		int session() {
			return this.missed.get(this.missed.size() - 1).dueSession();
		}

		/** The due sessions missed, in order. */
		List<Integer> sessions() {
			return this.missed.stream().map(Task::dueSession).distinct().toList();
		}

		/** The last task left undone: the one a smaller task would replace. */
		Task last() {
			return this.missed.get(this.missed.size() - 1);
		}

	}

}
