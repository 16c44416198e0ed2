package org.alliance.command;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.alliance.collaboration.GoalDraft;
import org.alliance.collaboration.Goals;
import org.alliance.collaboration.TaskDraft;
import org.alliance.collaboration.TaskRuptureScreen;
import org.alliance.collaboration.Tasks;
import org.alliance.security.CurrentUser;
import org.alliance.collaboration.Agenda;
import org.alliance.signal.Signal;
import org.alliance.signal.SignalInbox;
import org.alliance.simulate.SimulatedCollaboration;
import org.alliance.simulate.SimulatedCollaboration.Goal;
import org.alliance.simulate.SimulatedCollaboration.Rating;
import org.alliance.simulate.SimulatedCollaboration.Task;

/**
 * Writes the demo clinic's goals, ratings and tasks through the collaboration services,
 * as each client's therapist would have: goals and their reviews, tasks and what the
 * client reported of them (entered by the therapist for the client), each dated in the
 * session it stands for ({@link DemoSchedule}). The task ruptures found are raised as
 * found on their session's day; each planted renegotiation is then agreed from its
 * signal, in the session that found the rupture, so the signal shows the smaller task
 * among its repair steps.
 */
final class DemoCollaboration {

	/** Clients seeded at once. */
	private static final int THREADS = 4;

	private final Goals goals;

	private final Tasks tasks;

	private final TaskRuptureScreen screen;

	private final SignalInbox inbox;

	private final DemoAgenda agenda;

	DemoCollaboration(Goals goals, Tasks tasks, TaskRuptureScreen screen, SignalInbox inbox, Agenda agenda) {
		this.agenda = new DemoAgenda(agenda);
		this.goals = goals;
		this.tasks = tasks;
		this.screen = screen;
		this.inbox = inbox;
	}

	/** The clients' topics for their sessions. */
	DemoAgenda agenda() {
		return this.agenda;
	}

	/**
	 * @param clientIds the clients' ids by simulated key
	 * @param therapists each client's therapist by simulated client key
	 * @param schedule when each session's steps took place
	 */
	void seed(UUID clinicId, SimulatedCollaboration simulated, Map<String, UUID> clientIds,
			Map<String, CurrentUser> therapists, DemoSchedule schedule) throws Exception {
		this.screen.suspend(clinicId);
		Map<String, List<Goal>> goalsOf = new LinkedHashMap<>();
		simulated.goals().forEach((g) -> goalsOf.computeIfAbsent(g.clientKey(), (k) -> new ArrayList<>()).add(g));
		Map<String, List<Rating>> ratingsOf = new HashMap<>();
		simulated.ratings().forEach((r) -> ratingsOf.computeIfAbsent(r.goalKey(), (k) -> new ArrayList<>()).add(r));
		Map<String, List<Task>> tasksOf = new LinkedHashMap<>();
		simulated.tasks().forEach((t) -> tasksOf.computeIfAbsent(t.clientKey(), (k) -> new ArrayList<>()).add(t));
		Map<String, UUID> taskIds = new ConcurrentHashMap<>();
		// Clients one at a time each, several at once: a large demo clinic seeds in a
		// fraction of the time, and no two threads touch one client.
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<?>> pending = new ArrayList<>();
			for (SimulatedClient client : clients(goalsOf, tasksOf)) {
				String key = client.key();
				pending.add(pool.submit(() -> {
					CurrentUser therapist = therapists.get(key);
					UUID clientId = clientIds.get(key);
					writeGoals(therapist, clientId, key, goalsOf.getOrDefault(key, List.of()), ratingsOf, schedule);
					for (Task task : tasksOf.getOrDefault(key, List.of())) {
						if (task.replaces() == null) {
							UUID id = this.tasks
								.set(therapist, clientId, draft(task), inSession(schedule, task, task.setSession()))
								.id();
							taskIds.put(task.key(), id);
							report(therapist, id, task, schedule);
						}
					}
					return null;
				}));
			}
			for (Future<?> future : pending) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
		this.screen.resumeAndEvaluate(clinicId);
		for (Task task : simulated.tasks().stream().filter((t) -> t.replaces() != null).toList()) {
			CurrentUser therapist = therapists.get(task.clientKey());
			UUID replaced = taskIds.get(task.replaces());
			UUID signal = this.inbox.ofClient(therapist, clientIds.get(task.clientKey()), therapist.userId())
				.stream()
				.filter((s) -> TaskRuptureScreen.KIND.equals(s.kind()) && s.status().inLoop())
				.filter((s) -> isFor(therapist, s, replaced))
				.map(Signal::id)
				.findFirst()
				.orElse(null);
			UUID id = this.tasks
				.renegotiate(therapist, replaced, draft(task), signal, inSession(schedule, task, task.setSession()))
				.id();
			report(therapist, id, task, schedule);
		}
	}

	private void writeGoals(CurrentUser therapist, UUID clientId, String clientKey, List<Goal> goals,
			Map<String, List<Rating>> ratingsOf, DemoSchedule schedule) {
		for (Goal goal : goals) {
			Map<String, String> levels = new HashMap<>();
			goal.ladder().forEach((level, text) -> levels.put(String.valueOf(level), text));
			UUID id = this.goals
				.write(therapist, clientId,
						new GoalDraft(goal.wording(), levels, goal.weight(), goal.writtenBy(), goal.setSession()),
						schedule.atSession(clientKey, goal.setSession(), DemoSchedule.SESSION))
				.id();
			for (Rating rating : ratingsOf.getOrDefault(goal.key(), List.of())) {
				this.goals.rate(therapist, id, rating.session(), rating.level(), rating.rater(),
						schedule.atSession(clientKey, rating.session(), DemoSchedule.SESSION));
			}
		}
	}

	/** In the client's session with this number, on its day. */
	private static Instant inSession(DemoSchedule schedule, Task task, int session) {
		return schedule.atSession(task.clientKey(), session, DemoSchedule.SESSION);
	}

	/** The clients with goals or tasks, by key. */
	private static List<SimulatedClient> clients(Map<String, List<Goal>> goals, Map<String, List<Task>> tasks) {
		java.util.Set<String> keys = new java.util.LinkedHashSet<>(goals.keySet());
		keys.addAll(tasks.keySet());
		return keys.stream().map(SimulatedClient::new).toList();
	}

	/** A client's key: what the seeding threads share out. */
	private record SimulatedClient(String key) {
	}

	private boolean isFor(CurrentUser therapist, Signal signal, UUID task) {
		var last = this.tasks.lastMissed(therapist, signal);
		return last != null && last.id().equals(task);
	}

	/** What the client reported of the task at the session it was due, on that day. */
	private void report(CurrentUser therapist, UUID taskId, Task task, DemoSchedule schedule) {
		if (task.completion() != null) {
			this.tasks.complete(therapist, taskId, task.completion(), task.dueSession(),
					inSession(schedule, task, task.dueSession()));
		}
	}

	private static TaskDraft draft(Task task) {
		return new TaskDraft(task.description(), task.rationale(), task.agreement(), task.minutes(), task.setSession(),
				task.dueSession());
	}

}
