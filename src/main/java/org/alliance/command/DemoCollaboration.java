package org.alliance.command;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alliance.collaboration.GoalDraft;
import org.alliance.collaboration.Goals;
import org.alliance.collaboration.TaskDraft;
import org.alliance.collaboration.TaskRuptureScreen;
import org.alliance.collaboration.Tasks;
import org.alliance.security.CurrentUser;
import org.alliance.signal.Signal;
import org.alliance.signal.SignalInbox;
import org.alliance.simulate.SimulatedCollaboration;
import org.alliance.simulate.SimulatedCollaboration.Goal;
import org.alliance.simulate.SimulatedCollaboration.Rating;
import org.alliance.simulate.SimulatedCollaboration.Task;

/**
 * Writes the demo clinic's goals, ratings and tasks through the collaboration services,
 * as each client's therapist would have: goals and their reviews, tasks and what the
 * client reported of them (entered by the therapist for the client). The task ruptures
 * found are raised as found on their session's day; each planted renegotiation is then
 * agreed from its signal, so the signal shows the smaller task among its repair steps.
 */
final class DemoCollaboration {

	private final Goals goals;

	private final Tasks tasks;

	private final TaskRuptureScreen screen;

	private final SignalInbox inbox;

	DemoCollaboration(Goals goals, Tasks tasks, TaskRuptureScreen screen, SignalInbox inbox) {
		this.goals = goals;
		this.tasks = tasks;
		this.screen = screen;
		this.inbox = inbox;
	}

	/**
	 * @param clientIds the clients' ids by simulated key
	 * @param therapists each client's therapist by simulated client key
	 */
	void seed(UUID clinicId, SimulatedCollaboration simulated, Map<String, UUID> clientIds,
			Map<String, CurrentUser> therapists) {
		this.screen.suspend();
		Map<String, UUID> goalIds = new HashMap<>();
		for (Goal goal : simulated.goals()) {
			Map<String, String> levels = new HashMap<>();
			goal.ladder().forEach((level, text) -> levels.put(String.valueOf(level), text));
			goalIds
				.put(goal.key(),
						this.goals
							.write(therapists.get(goal.clientKey()), clientIds.get(goal.clientKey()),
									new GoalDraft(goal.wording(), levels, goal.weight(), goal.writtenBy(),
											goal.setSession()))
							.id());
		}
		for (Rating rating : simulated.ratings()) {
			String client = rating.goalKey().substring(0, rating.goalKey().lastIndexOf("-G"));
			this.goals.rate(therapists.get(client), goalIds.get(rating.goalKey()), rating.session(), rating.level(),
					rating.rater());
		}
		Map<String, UUID> taskIds = new HashMap<>();
		List<Task> renegotiated = simulated.tasks().stream().filter((t) -> t.replaces() != null).toList();
		for (Task task : simulated.tasks()) {
			if (task.replaces() == null) {
				CurrentUser therapist = therapists.get(task.clientKey());
				UUID id = this.tasks.set(therapist, clientIds.get(task.clientKey()), draft(task)).id();
				taskIds.put(task.key(), id);
				report(therapist, id, task);
			}
		}
		this.screen.resumeAndEvaluate(clinicId);
		for (Task task : renegotiated) {
			CurrentUser therapist = therapists.get(task.clientKey());
			UUID replaced = taskIds.get(task.replaces());
			UUID signal = this.inbox.ofClient(therapist, clientIds.get(task.clientKey()), therapist.userId())
				.stream()
				.filter((s) -> TaskRuptureScreen.KIND.equals(s.kind()) && s.status().inLoop())
				.filter((s) -> isFor(therapist, s, replaced))
				.map(Signal::id)
				.findFirst()
				.orElse(null);
			UUID id = this.tasks.renegotiate(therapist, replaced, draft(task), signal).id();
			report(therapist, id, task);
		}
	}

	private boolean isFor(CurrentUser therapist, Signal signal, UUID task) {
		var last = this.tasks.lastMissed(therapist, signal);
		return last != null && last.id().equals(task);
	}

	private void report(CurrentUser therapist, UUID taskId, Task task) {
		if (task.completion() != null) {
			this.tasks.complete(therapist, taskId, task.completion(), task.dueSession());
		}
	}

	private static TaskDraft draft(Task task) {
		return new TaskDraft(task.description(), task.rationale(), task.agreement(), task.minutes(), task.setSession(),
				task.dueSession());
	}

}
