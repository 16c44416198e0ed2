package org.alliance.collaboration;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.alliance.api.FieldProblem;
import org.alliance.api.FieldRules;
import org.alliance.api.InvalidRequest;
import org.alliance.api.NotFound;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.measure.LinkVisit;
import org.alliance.security.AuditAction;
import org.alliance.security.AuditTrail;
import org.alliance.security.CurrentUser;
import org.alliance.signal.Signal;
import org.alliance.signal.SignalInbox;
import org.alliance.signal.SignalStatus;
import org.alliance.signal.SignalStep;
import org.alliance.storage.AsOf;
import org.alliance.storage.TimeOrderedIds;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client's tasks (homework): set with their rationale and the client's agreement,
 * reported done, partly or not done by the client on the phone or by the therapist, and
 * renegotiated into smaller ones. Every report is judged at once by the task-rupture
 * rule. A therapist reaches only their own clients' tasks; every read and write is
 * audited. The one path for the API, the pages and the client's portal.
 */
@Service
public class Tasks {

	/** A day: no homework is bigger. */
	public static final int MAX_MINUTES = 1440;

	/** Who enters what the client reports through a personal link. */
	static final String CLIENT_LINK = "client-link";

	private final CollaborationRecords records;

	private final Caseload caseload;

	private final AuditTrail audit;

	private final JdbcTemplate jdbc;

	private final TaskRuptureScreen screen;

	private final SignalInbox inbox;

	private final Clock clock;

	Tasks(CollaborationRecords records, Caseload caseload, AuditTrail audit, JdbcTemplate jdbc,
			TaskRuptureScreen screen, SignalInbox inbox, Clock clock) {
		this.records = records;
		this.caseload = caseload;
		this.audit = audit;
		this.jdbc = jdbc;
		this.screen = screen;
		this.inbox = inbox;
		this.clock = clock;
	}

	/** The tasks of the client's current episode, by the session they were set. */
	public List<Task> of(CurrentUser user, UUID clientId) {
		Client client = this.caseload.visibleClient(user, clientId);
		this.audit.recordRead(user, "task-list", clientId);
		return forClient(client);
	}

	/** The task, if this person may see its client. */
	public Task task(CurrentUser user, UUID taskId) {
		Task task = visible(user, taskId);
		this.audit.recordRead(user, "task", taskId);
		return task;
	}

	/**
	 * Sets a task in the client's open episode.
	 * @throws InvalidRequest naming {@code description}, {@code rationale},
	 * {@code agreement}, {@code minutes}, {@code setSession} or {@code dueSession}
	 */
	@Transactional
	public Task set(CurrentUser user, UUID clientId, TaskDraft draft) {
		Client client = this.caseload.clientToActOn(user, clientId);
		return insert(user, client, draft, null, null, this.clock.instant());
	}

	/**
	 * Sets a task as {@link #set(CurrentUser, UUID, TaskDraft)} does, at a past moment: a
	 * simulated or imported history's (the demo clinic's tasks on the days of the
	 * sessions they were set at). No route calls it: a person's task is recorded when it
	 * is set.
	 * @param asOf not in the future
	 */
	@Transactional
	public Task set(CurrentUser user, UUID clientId, TaskDraft draft, Instant asOf) {
		Client client = this.caseload.clientToActOn(user, clientId);
		return insert(user, client, draft, null, null, AsOf.past(asOf, this.clock));
	}

	/**
	 * Renegotiates a task into a smaller one that replaces it (a much smaller, less
	 * threatening task: docs/manual.md, "Collaboration"). Given the task-rupture signal
	 * it answers, the renegotiation is recorded among the signal's repair steps
	 * ({@code renegotiate-goals-and-tasks}), acknowledging the signal first if it was
	 * still open.
	 * @param signalId the signal, or null
	 * @throws InvalidRequest naming {@code minutes} when the new task is not smaller
	 */
	@Transactional
	public Task renegotiate(CurrentUser user, UUID taskId, TaskDraft draft, UUID signalId) {
		return renegotiated(user, taskId, draft, signalId, null);
	}

	/**
	 * Renegotiates a task as {@link #renegotiate(CurrentUser, UUID, TaskDraft, UUID)}
	 * does, at a past moment, the signal's steps with it: a simulated or imported
	 * history's (the demo clinic's renegotiations in the sessions that found the task
	 * rupture). No route calls it: a person's renegotiation is recorded when it is
	 * agreed.
	 * @param asOf not in the future, nor before the signal's last step
	 */
	@Transactional
	public Task renegotiate(CurrentUser user, UUID taskId, TaskDraft draft, UUID signalId, Instant asOf) {
		return renegotiated(user, taskId, draft, signalId, AsOf.past(asOf, this.clock));
	}

	/**
	 * @param asOf the moment of a history's renegotiation, or null for one agreed now
	 */
	private Task renegotiated(CurrentUser user, UUID taskId, TaskDraft draft, UUID signalId, Instant asOf) {
		Task replaced = toActOn(user, taskId);
		Client client = this.caseload.clientToActOn(user, replaced.clientId());
		Signal signal = null;
		if (signalId != null) {
			signal = this.inbox.open(user, signalId);
			if (!signal.clientId().equals(client.id()) || !TaskRuptureScreen.KIND.equals(signal.kind())) {
				throw new NotFound("signal", "No task-rupture signal " + signalId + " of this client.");
			}
		}
		if (draft.minutes() != null && draft.minutes() >= replaced.minutes()) {
			throw InvalidRequest.of("minutes", "A renegotiated task is smaller than the one it replaces ("
					+ replaced.minutes() + " minutes); try about a quarter of it.");
		}
		Instant at = (asOf != null) ? asOf : this.clock.instant();
		Task smaller = insert(user, client, draft, replaced.id(), signalId, at);
		if (signal != null) {
			String step = SignalStep.RENEGOTIATE_GOALS_AND_TASKS.code();
			String note = String.format(Locale.ROOT,
					"Smaller task agreed: %s (%d minutes instead of %d), due at session %d.", smaller.description(),
					smaller.minutes(), replaced.minutes(), smaller.dueSession());
			if (asOf == null) {
				if (signal.status() == SignalStatus.OPEN) {
					this.inbox.acknowledge(user, signalId);
				}
				this.inbox.recordAction(user, signalId, step, note);
			}
			else {
				if (signal.status() == SignalStatus.OPEN) {
					this.inbox.acknowledge(user, signalId, at);
				}
				this.inbox.recordAction(user, signalId, step, note, null, at);
			}
		}
		return smaller;
	}

	/**
	 * Records how much of the task the client did, as staff enter it for the client.
	 * @param session the session it is reported at, booked in the task's open episode,
	 * not before the task was set
	 * @throws InvalidRequest naming {@code status} or {@code session}
	 */
	@Transactional
	public TaskCompletion complete(CurrentUser user, UUID taskId, String status, Integer session) {
		return complete(user, toActOn(user, taskId), status, session, this.clock.instant());
	}

	/**
	 * Records how much of the task the client did as
	 * {@link #complete(CurrentUser, UUID, String, Integer)} does, at a past moment: a
	 * simulated or imported history's (the demo clinic's reports on the days of the
	 * sessions they were reported at). No route calls it: a person's report is recorded
	 * when it is made.
	 * @param asOf not in the future
	 */
	@Transactional
	public TaskCompletion complete(CurrentUser user, UUID taskId, String status, Integer session, Instant asOf) {
		return complete(user, toActOn(user, taskId), status, session, AsOf.past(asOf, this.clock));
	}

	private TaskCompletion complete(CurrentUser user, Task task, String status, Integer session, Instant at) {
		List<FieldProblem> problems = new ArrayList<>();
		CompletionStatus done = CompletionStatus.fromWire(status).orElse(null);
		if (done == null) {
			problems.add(new FieldProblem("status", CompletionStatus.CHOICES));
		}
		FieldRules.whole(problems, "session", session, 1, Caseload.MAX_SESSION_NUMBER);
		FieldRules.refuseIfAny(problems);
		ClientEpisode episode = episodeOf(task);
		if (episode.session(session).isEmpty()) {
			throw InvalidRequest.of("session",
					"The current episode has no session " + session + " yet; record the session first.");
		}
		if (session < task.setSession()) {
			throw InvalidRequest.of("session", "The task was set at session " + task.setSession() + ".");
		}
		return record(task, done, session, user.email(), true, at);
	}

	/**
	 * Records how much of the task the client did, as the client ticked it on the phone
	 * behind the personal link of a session: reported at that session.
	 * @throws NotFound naming {@code task} when the task is not one the link's client may
	 * tick
	 * @throws InvalidRequest naming {@code status}
	 */
	@Transactional
	public TaskCompletion completeFromLink(LinkVisit visit, UUID taskId, String status) {
		Task task = toTick(visit).stream()
			.filter((t) -> t.id().equals(taskId))
			.findFirst()
			.orElseThrow(() -> new NotFound("task", "This task is not one to tick on this link."));
		CompletionStatus done = CompletionStatus.fromWire(status)
			.orElseThrow(() -> InvalidRequest.of("status", CompletionStatus.CHOICES));
		return record(task, done, visit.session().session().number(), CLIENT_LINK, false, this.clock.instant());
	}

	/**
	 * The tasks a client ticks behind a session's link: those of the session's episode
	 * set before or at it, not replaced by a smaller one, and not reported yet or
	 * reported at this session (a tick can be changed until the session).
	 */
	List<Task> toTick(LinkVisit visit) {
		Client client = this.caseload.clientForEvaluation(visit.session().clinicId(), visit.session().clientId())
			.orElseThrow();
		return toTick(visit, forClient(client));
	}

	private static List<Task> toTick(LinkVisit visit, List<Task> tasks) {
		int at = visit.session().session().number();
		UUID episode = visit.session().session().episodeId();
		List<UUID> replaced = tasks.stream().map(Task::replaces).filter((id) -> id != null).toList();
		return tasks.stream()
			.filter((task) -> task.episodeId().equals(episode) && task.setSession() <= at)
			.filter((task) -> !replaced.contains(task.id()))
			.filter((task) -> task.latest() == null || task.latest().session() == at)
			.toList();
	}

	/**
	 * The last task a task-rupture signal found undone: the one a smaller task replaces;
	 * null when the signal names none.
	 */
	public Task lastMissed(CurrentUser user, Signal signal) {
		// The kind first: only a task rupture's evidence names a due session; another
		// kind's evidence has another shape.
		if (!TaskRuptureScreen.KIND.equals(signal.kind())) {
			return null;
		}
		Integer dueAt = TaskRuptureScreen.lastDueSession(signal.evidence()).orElse(null);
		if (dueAt == null) {
			return null;
		}
		Client client = this.caseload.visibleClient(user, signal.clientId());
		this.audit.recordRead(user, "task-list", client.id());
		List<Task> due = this.records.tasksOfClient(user.clinicId(), client.id())
			.stream()
			.filter((task) -> task.dueSession() == dueAt && task.agreement() == Agreement.AGREED)
			.filter((task) -> task.status() == CompletionStatus.NOT_DONE)
			.toList();
		return due.isEmpty() ? null : due.get(due.size() - 1);
	}

	List<Task> forClient(Client client) {
		ClientEpisode episode = ClientEpisode.of(this.caseload.clientCareForEvaluation(client.clinicId(), client.id()));
		return this.records.tasksOfClient(client.clinicId(), client.id())
			.stream()
			.filter((task) -> task.episodeId().equals(episode.episodeId()))
			.toList();
	}

	private TaskCompletion record(Task task, CompletionStatus status, int session, String by, boolean onBehalf,
			Instant at) {
		TaskCompletion completion = new TaskCompletion(TimeOrderedIds.next(), task.id(), status, session, by, onBehalf,
				at);
		this.records.insert(task.clinicId(), completion);
		AuditTrail.append(this.jdbc,
				AuditTrail.entry(task.clinicId(), by, AuditAction.CREATE, "task-completion", completion.id()));
		this.screen.evaluate(task.clinicId(), task.clientId());
		return completion;
	}

	private Task insert(CurrentUser user, Client client, TaskDraft draft, UUID replaces, UUID signalId, Instant at) {
		List<FieldProblem> problems = new ArrayList<>();
		FieldRules.text(problems, "description", draft.description(), 500, true);
		FieldRules.text(problems, "rationale", draft.rationale(), 1000, true);
		Agreement agreement = Agreement.fromWire(draft.agreement()).orElse(null);
		if (agreement == null) {
			problems.add(new FieldProblem("agreement", Agreement.CHOICES));
		}
		FieldRules.whole(problems, "minutes", draft.minutes(), 1, MAX_MINUTES);
		boolean setGiven = FieldRules.whole(problems, "setSession", draft.setSession(), 1, Caseload.MAX_SESSION_NUMBER);
		if (FieldRules.whole(problems, "dueSession", draft.dueSession(), 1, Caseload.MAX_SESSION_NUMBER) && setGiven
				&& draft.dueSession() <= draft.setSession()) {
			problems.add(new FieldProblem("dueSession",
					"A task is due at a session after the one it is set at (" + draft.setSession() + ")."));
		}
		FieldRules.refuseIfAny(problems);
		ClientEpisode episode = ClientEpisode.of(this.caseload.clientCareForEvaluation(client.clinicId(), client.id()));
		episode.requireOpen("setSession");
		if (episode.session(draft.setSession()).isEmpty()) {
			throw InvalidRequest.of("setSession",
					"The current episode has no session " + draft.setSession() + " yet; record the session first.");
		}
		Task task = new Task(TimeOrderedIds.next(), user.clinicId(), client.id(), episode.episodeId(),
				draft.description().strip(), draft.rationale().strip(), agreement, draft.minutes(), draft.setSession(),
				draft.dueSession(), replaces, signalId, user.email(), at, List.of());
		this.records.insert(task);
		AuditTrail.append(this.jdbc,
				AuditTrail.entry(user.clinicId(), user.email(), AuditAction.CREATE, "task", task.id()));
		return task;
	}

	private ClientEpisode episodeOf(Task task) {
		ClientEpisode episode = ClientEpisode
			.of(this.caseload.clientCareForEvaluation(task.clinicId(), task.clientId()));
		if (!task.episodeId().equals(episode.episodeId()) || !episode.open()) {
			throw InvalidRequest.of("id", "This task belongs to an episode of care that has ended.");
		}
		return episode;
	}

	private Task visible(CurrentUser user, UUID taskId) {
		return task(user, taskId, false);
	}

	/** The task, if this person may change its client's records. */
	private Task toActOn(CurrentUser user, UUID taskId) {
		return task(user, taskId, true);
	}

	private Task task(CurrentUser user, UUID taskId, boolean toActOn) {
		NotFound missing = new NotFound("id", "No task " + taskId + " among your clients' tasks.");
		Task task = this.records.task(user.clinicId(), taskId).orElseThrow(() -> missing);
		try {
			if (toActOn) {
				this.caseload.clientToActOn(user, task.clientId());
			}
			else {
				this.caseload.visibleClient(user, task.clientId());
			}
		}
		catch (NotFound ex) {
			throw missing;
		}
		return task;
	}

}
