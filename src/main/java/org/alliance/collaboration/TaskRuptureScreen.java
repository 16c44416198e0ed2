package org.alliance.collaboration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.alliance.care.AttendanceRecorded;
import org.alliance.care.CareSession;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.care.ClinicCare;
import org.alliance.collaboration.TaskRuptureRule.TaskRupture;
import org.alliance.measure.Responses;
import org.alliance.measure.StoredResponse;
import org.alliance.signal.NewSignal;
import org.alliance.signal.ScreenSweeps;
import org.alliance.signal.SignalInbox;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Raises a {@code task-rupture} signal in the therapist's inbox for each task rupture the
 * rule finds ({@link TaskRuptureRule}), with its evidence: the tasks left undone, their
 * sizes and the client's agreement, the task part of the client's alliance check at those
 * sessions and whether it fell, and the next step to take, a much smaller task
 * (docs/manual.md, "Collaboration"). Evaluation is idempotent (one source key per
 * rupture), so it runs after every report and once more for every client at start-up.
 */
@Component
public class TaskRuptureScreen {

	/** The kind of signal raised. */
	public static final String KIND = "task-rupture";

	static final String EVALUATION = "evaluation:task-rupture";

	/** The client's alliance check and its task subscale (items 3 and 4, 2–10). */
	private static final String ALLIANCE_CHECK = "alliance-check";

	private static final String TASK_SUBSCALE = "task";

	private static final Logger log = LoggerFactory.getLogger(TaskRuptureScreen.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final CollaborationRecords records;

	private final Caseload caseload;

	private final Responses responses;

	private final SignalInbox inbox;

	private final ScreenSweeps sweeps;

	private final TaskRuptureRule rule;

	TaskRuptureScreen(CollaborationRecords records, Caseload caseload, Responses responses, SignalInbox inbox,
			CollaborationSettings settings, ScreenSweeps sweeps) {
		this.sweeps = sweeps;
		this.records = records;
		this.caseload = caseload;
		this.responses = responses;
		this.inbox = inbox;
		this.rule = new TaskRuptureRule(settings.missedTasksForRupture());
	}

	/** Evaluates one client's tasks and raises what is new; the number raised. */
	public int evaluate(UUID clinicId, UUID clientId) {
		return evaluate(clinicId, clientId, false);
	}

	/**
	 * Evaluates one client's tasks as if each finding were made on its session's day: a
	 * bulk import of tasks that came in session by session (the demo clinic) opens what
	 * was found then.
	 */
	public int evaluateAsTheyCame(UUID clinicId, UUID clientId) {
		return evaluate(clinicId, clientId, true);
	}

	/**
	 * A booked due session that has happened may complete a run of missed tasks, which
	 * was held back while the session was still booked.
	 */
	@EventListener
	void on(AttendanceRecorded recorded) {
		evaluate(recorded.clinicId(), recorded.clientId());
	}

	@EventListener
	void afterStartUp(ApplicationReadyEvent ready) {
		// A one-shot command (token, user, clinic …) leaves this to the server, whose
		// start runs it: a command's output is its answer, and it exits at once.
		if (!ready.getApplicationContext()
			.getEnvironment()
			.getProperty("alliance.one-shot-command", Boolean.class, false)) {
			catchUp();
		}
	}

	/**
	 * Evaluates every client with tasks, on the screens' sweep thread
	 * ({@link ScreenSweeps}): start-up does not wait for it, and no report is evaluated
	 * behind it.
	 */
	void catchUp() {
		this.sweeps.sweep("task ruptures, every clinic", this::evaluateEveryClient);
	}

	void evaluateEveryClient() {
		for (UUID[] client : this.records.clientsWithTasks()) {
			try {
				evaluate(client[0], client[1]);
			}
			catch (RuntimeException ex) {
				log.warn("Task-rupture evaluation of client {} failed; it runs again with the next report", client[1],
						ex);
			}
		}
	}

	/** Clinics being imported, whose tasks are evaluated once all are in. */
	private final Set<UUID> importing = ConcurrentHashMap.newKeySet();

	/**
	 * Stops evaluating the clinic after each report, for a bulk import whose tasks arrive
	 * out of order; {@link #resumeAndEvaluate} evaluates it once they are all in. Every
	 * other clinic is evaluated as before.
	 * @param clinicId the clinic being imported
	 */
	public void suspend(UUID clinicId) {
		this.importing.add(clinicId);
	}

	/**
	 * Evaluates every client of the clinic with tasks, each finding raised as found on
	 * its session's day, then evaluates as reports come.
	 */
	public void resumeAndEvaluate(UUID clinicId) {
		this.importing.remove(clinicId);
		for (UUID[] client : this.records.clientsWithTasks()) {
			if (client[0].equals(clinicId)) {
				evaluate(clinicId, client[1], true);
			}
		}
	}

	private int evaluate(UUID clinicId, UUID clientId, boolean asTheyCame) {
		if (this.importing.contains(clinicId)) {
			return 0;
		}
		Client client = this.caseload.clientForEvaluation(clinicId, clientId).orElse(null);
		if (client == null) {
			return 0;
		}
		Map<UUID, List<Task>> byEpisode = new LinkedHashMap<>();
		this.records.tasksOfClient(clinicId, clientId)
			.forEach((task) -> byEpisode.computeIfAbsent(task.episodeId(), (k) -> new ArrayList<>()).add(task));
		List<TaskRupture> found = new ArrayList<>();
		byEpisode.values().forEach((tasks) -> found.addAll(this.rule.ruptures(tasks)));
		if (found.isEmpty()) {
			return 0;
		}
		ClinicCare care = this.caseload.clientCareForEvaluation(clinicId, clientId);
		List<StoredResponse> checks = this.responses.ofClientForEvaluation(clinicId, clientId, EVALUATION)
			.stream()
			.filter((r) -> r.instrument().equals(ALLIANCE_CHECK) && r.respondent().equals("client"))
			.toList();
		int raised = 0;
		for (TaskRupture rupture : found) {
			UUID episode = rupture.last().episodeId();
			Optional<CareSession> at = care.sessions()
				.stream()
				.filter((s) -> s.episodeId().equals(episode) && s.number() == rupture.session())
				.findFirst();
			if (at.isPresent() && at.get().booked()) {
				// The due session has not happened yet: a "not done" ticked on its link
				// ahead
				// of it is no missed session until the client was seen (or missed) there.
				continue;
			}
			LocalDate date = at.map(CareSession::date).orElse(null);
			NewSignal signal = new NewSignal(clinicId, clientId, client.therapistId(),
					at.map(CareSession::id).orElse(null), KIND, sourceKey(clientId, episode, rupture.session()),
					summary(rupture), evidence(rupture, taskScores(checks, episode)), date);
			boolean now = (asTheyCame && date != null) ? this.inbox.raise(signal, date) : this.inbox.raise(signal);
			raised += now ? 1 : 0;
		}
		return raised;
	}

	static String sourceKey(UUID clientId, UUID episodeId, int session) {
		return KIND + ":" + clientId + ":" + episodeId + ":" + session;
	}

	/** The evidence's entry naming the due sessions missed, e.g. "2, 3". */
	static final String DUE_SESSIONS = "due sessions missed";

	/** The last due session a task rupture's evidence names, or empty. */
	static Optional<Integer> lastDueSession(String evidence) {
		try {
			String sessions = JSON.readTree(evidence).path(DUE_SESSIONS).asString();
			String[] numbers = sessions.split(",\\s*");
			return Optional.of(Integer.parseInt(numbers[numbers.length - 1].strip()));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	/** E.g. "Agreed tasks not done at sessions 2 and 3 (120 and 120 minutes)". */
	static String summary(TaskRupture rupture) {
		List<String> sessions = rupture.sessions().stream().map(String::valueOf).toList();
		List<String> minutes = rupture.missed().stream().map((t) -> String.valueOf(t.minutes())).toList();
		return "Agreed tasks not done at sessions " + and(sessions) + " (" + and(minutes) + " minutes)";
	}

	/**
	 * The evidence as the signal page lists it, in the order written.
	 * @param taskScores the task subscale of the client's alliance check by session of
	 * the episode
	 */
	static String evidence(TaskRupture rupture, Map<Integer, Double> taskScores) {
		Map<String, String> evidence = new LinkedHashMap<>();
		evidence.put(DUE_SESSIONS, rupture.sessions().stream().map(String::valueOf).collect(Collectors.joining(", ")));
		evidence.put("tasks",
				rupture.missed()
					.stream()
					.map((t) -> String.format(Locale.ROOT, "\"%s\" set at session %d, due at %d: not done",
							t.description(), t.setSession(), t.dueSession()))
					.collect(Collectors.joining("; ")));
		evidence.put("sizes",
				rupture.missed().stream().map((t) -> t.minutes() + " minutes").collect(Collectors.joining(", ")));
		evidence.put("client's agreement",
				rupture.missed().stream().map((t) -> t.agreement().wireName()).collect(Collectors.joining(", ")));
		evidence.put("task subscale of the alliance check (2–10) at those sessions",
				rupture.sessions()
					.stream()
					.map((s) -> "session " + s + ": " + score(taskScores.get(s)))
					.collect(Collectors.joining(", ")));
		evidence.put("task subscale dropped", dropped(rupture, taskScores));
		int last = rupture.last().minutes();
		evidence.put("suggested next step", String.format(Locale.ROOT,
				"Acknowledge the difficulty without blame, explore the barrier together (what made the task hard, what"
						+ " it stirs up), then agree a much smaller task, e.g. %d minutes, a quarter of the last"
						+ " task's %d.",
				smaller(last), last));
		return JSON.writeValueAsString(evidence);
	}

	/**
	 * A quarter of the last task's minutes, at least 5: a much smaller task, the
	 * renegotiation the task rupture calls for (docs/manual.md, "Collaboration").
	 */
	public static int smaller(int minutes) {
		return Math.max(5, (int) Math.round(minutes / 4.0));
	}

	/**
	 * Whether the task subscale at the run's last session lies below the client's last
	 * rating before the run began: the alliance's task agreement fell with the tasks.
	 */
	static String dropped(TaskRupture rupture, Map<Integer, Double> taskScores) {
		int first = rupture.sessions().get(0);
		Double during = taskScores.get(rupture.session());
		Map.Entry<Integer, Double> before = taskScores.entrySet()
			.stream()
			.filter((e) -> e.getKey() < first)
			.max(Map.Entry.comparingByKey())
			.orElse(null);
		if (during == null || before == null) {
			return "not known (no alliance check before the run and at session " + rupture.session() + ")";
		}
		String numbers = "from " + score(before.getValue()) + " at session " + before.getKey() + " to " + score(during)
				+ " at session " + rupture.session();
		return (during < before.getValue()) ? "yes, " + numbers : "no, " + numbers;
	}

	private static Map<Integer, Double> taskScores(List<StoredResponse> checks, UUID episode) {
		Map<Integer, Double> scores = new java.util.TreeMap<>();
		checks.stream()
			.filter((r) -> r.episodeId().equals(episode) && r.scores().subscales().containsKey(TASK_SUBSCALE))
			.forEach((r) -> scores.put(r.sessionNumber(), r.scores().subscales().get(TASK_SUBSCALE)));
		return scores;
	}

	private static String score(Double value) {
		return (value == null) ? "not rated" : String.format(Locale.ROOT, "%.0f", value);
	}

	private static String and(List<String> words) {
		if (words.size() == 1) {
			return words.get(0);
		}
		return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
	}

}
