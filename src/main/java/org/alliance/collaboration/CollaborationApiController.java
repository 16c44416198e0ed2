package org.alliance.collaboration;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.alliance.security.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Goals, their attainment, tasks and the agenda over the JSON API. Sessions in bodies are
 * numbers in the client's current episode of care.
 */
@RestController
@Tag(name = "Collaboration",
		description = "Goals in the client's words with Goal Attainment Scaling, tasks with their rationale and "
				+ "the client's agreement, and the agenda the client proposes before a session")
@RequestMapping("/api/v1")
class CollaborationApiController {

	private static final String REFUSED = "A problem document naming each bad field";

	private final Goals goals;

	private final Tasks tasks;

	private final Agenda agenda;

	CollaborationApiController(Goals goals, Tasks tasks, Agenda agenda) {
		this.goals = goals;
		this.tasks = tasks;
		this.agenda = agenda;
	}

	@GetMapping("/clients/{id}/goals")
	@Operation(summary = "The client's goals",
			description = "The goals of the client's current episode of care, oldest first, revised, achieved and "
					+ "dropped ones included: text (in the client's words), writtenBy (client, therapist or together), "
					+ "levels (the Goal Attainment Scaling ladder: the text of each level from \"-2\" much less than "
					+ "expected to \"2\" much more than expected), weight, status (active, achieved, dropped, revised), "
					+ "setSession, revises (the goal a revision replaces), enteredBy, and ratings oldest first: session, "
					+ "level, rater (therapist or client), enteredBy and onBehalf (true when staff entered the client's "
					+ "rating). A therapist sees only their own clients.")
	@ApiResponse(responseCode = "200", description = "The goals")
	@ApiResponse(responseCode = "404", description = "No such client among the clients the caller may see")
	@ApiResponse(responseCode = "403", description = "An admin account, which reads no clinical record")
	List<GoalView> goals(CurrentUser user, @PathVariable UUID id) {
		return this.goals.of(user, id).stream().map(GoalView::of).toList();
	}

	@PostMapping("/clients/{id}/goals")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Write a goal in the client's words",
			description = "Body {\"text\", \"levels\": {\"-2\": ..., \"-1\": ..., \"0\": ..., \"1\": ..., \"2\": ...}, "
					+ "\"weight\", \"writtenBy\", \"setSession\"}: text up to 500 characters; all five levels, each up to 500 "
					+ "characters; weight a whole number from 1 to 100 (1 when left out); writtenBy client (when left "
					+ "out), therapist or together; setSession a booked session of the open episode (the latest when "
					+ "left out). "
					+ "422 names each bad field: text, levels.<level> (a level missing, blank or not one of -2 to 2), "
					+ "weight, writtenBy, setSession.")
	@ApiResponse(responseCode = "201", description = "The goal")
	@ApiResponse(responseCode = "422", description = REFUSED)
	@ApiResponse(responseCode = "403",
			description = "A supervisor not acting for the therapist (act-for), or an admin account")
	@ApiResponse(responseCode = "404", description = "No such client among the clients the caller may see")
	GoalView write(CurrentUser user, @PathVariable UUID id, @RequestBody GoalBody body) {
		return GoalView.of(this.goals.write(user, id, body.draft()));
	}

	@PostMapping("/goals/{id}/revision")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Revise an active goal",
			description = "The same body as writing a goal. The new goal names the one it revises (revises); the old "
					+ "one keeps its ratings and its status becomes revised.")
	@ApiResponse(responseCode = "201", description = "The revised goal")
	@ApiResponse(responseCode = "422", description = REFUSED)
	@ApiResponse(responseCode = "403",
			description = "A supervisor not acting for the therapist (act-for), or an admin account")
	@ApiResponse(responseCode = "404", description = "No such goal among the caller's clients' goals")
	GoalView revise(CurrentUser user, @PathVariable UUID id, @RequestBody GoalBody body) {
		return GoalView.of(this.goals.revise(user, id, body.draft()));
	}

	@PostMapping("/goals/{id}/status")
	@Operation(summary = "Mark an active goal achieved or dropped",
			description = "Body {\"status\": \"achieved\" | " + "\"dropped\"}; 422 names status for any other value.")
	@ApiResponse(responseCode = "200", description = "The goal")
	@ApiResponse(responseCode = "422", description = REFUSED)
	@ApiResponse(responseCode = "403",
			description = "A supervisor not acting for the therapist (act-for), or an admin account")
	@ApiResponse(responseCode = "404", description = "No such goal among the caller's clients' goals")
	GoalView status(CurrentUser user, @PathVariable UUID id, @RequestBody StatusBody body) {
		return GoalView.of(this.goals.changeStatus(user, id, body.status()));
	}

	@PostMapping("/goals/{id}/ratings")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record the level a goal reached",
			description = "Body {\"session\", \"level\", \"rater\"}: session the number of a booked session of the "
					+ "goal's open episode; level a whole number from -2 to 2; rater therapist (when left out) or "
					+ "client. The answer records enteredBy (the caller) and onBehalf (true for a client's rating "
					+ "entered by staff). 422 names session, level or rater.")
	@ApiResponse(responseCode = "201", description = "The rating")
	@ApiResponse(responseCode = "422", description = REFUSED)
	@ApiResponse(responseCode = "403",
			description = "A supervisor not acting for the therapist (act-for), or an admin account")
	@ApiResponse(responseCode = "404", description = "No such goal among the caller's clients' goals")
	RatingView rate(CurrentUser user, @PathVariable UUID id, @RequestBody RatingBody body) {
		return RatingView.of(this.goals.rate(user, id, body.session(), body.level(), body.rater()));
	}

	@GetMapping("/clients/{id}/goals/attainment")
	@Operation(summary = "The client's goal attainment (GAS T-score)",
			description = "tScore = 50 + 10 Σwx / √((1 - ρ) Σw² + ρ (Σw)²) with ρ = 0.3 (Kiresuk & Sherman 1968) over "
					+ "the latest rating of each active goal; 50 when every goal is at its expected level; null while "
					+ "no active goal is rated. goals lists each active goal: id, level (its latest, null while "
					+ "unrated; unrated goals do not count) and weight. session is the latest session among those "
					+ "ratings.")
	@ApiResponse(responseCode = "200", description = "The attainment")
	@ApiResponse(responseCode = "404", description = "No such client among the clients the caller may see")
	@ApiResponse(responseCode = "403", description = "An admin account, which reads no clinical record")
	GoalAttainment attainment(CurrentUser user, @PathVariable UUID id) {
		return this.goals.attainment(user, id);
	}

	@GetMapping("/clients/{id}/tasks")
	@Operation(summary = "The client's tasks (homework)",
			description = "The tasks of the current episode by the session they were set: description, rationale, "
					+ "agreement (agreed, unsure, not-agreed), minutes, setSession, dueSession, replaces (the task a "
					+ "renegotiated one replaces), signal (the task-rupture signal it answers), status (the latest "
					+ "report: done, partly, not-done, or null) and completions oldest first: status, session, "
					+ "enteredBy (client-link when the client ticked it on the phone) and onBehalf (true when staff "
					+ "entered it).")
	@ApiResponse(responseCode = "200", description = "The tasks")
	@ApiResponse(responseCode = "404", description = "No such client among the clients the caller may see")
	@ApiResponse(responseCode = "403", description = "An admin account, which reads no clinical record")
	List<TaskView> tasks(CurrentUser user, @PathVariable UUID id) {
		return this.tasks.of(user, id).stream().map(TaskView::of).toList();
	}

	@PostMapping("/clients/{id}/tasks")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Set a task",
			description = "Body {\"description\", \"rationale\", \"agreement\", \"minutes\", \"setSession\", "
					+ "\"dueSession\"}: description up to 500 characters; rationale (as explained to the client) up "
					+ "to 1,000; agreement agreed, unsure or not-agreed; minutes 1 to 1440; setSession a booked "
					+ "session of the open episode; dueSession a later session number (it need not be booked yet). "
					+ "422 names each bad field.")
	@ApiResponse(responseCode = "201", description = "The task")
	@ApiResponse(responseCode = "422", description = REFUSED)
	@ApiResponse(responseCode = "403",
			description = "A supervisor not acting for the therapist (act-for), or an admin account")
	@ApiResponse(responseCode = "404", description = "No such client among the clients the caller may see")
	TaskView set(CurrentUser user, @PathVariable UUID id, @RequestBody TaskBody body) {
		return TaskView.of(this.tasks.set(user, id, body.draft()));
	}

	@PostMapping("/tasks/{id}/renegotiation")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Renegotiate a task into a smaller one",
			description = "The same body as setting a task, plus an optional \"signal\": the task-rupture signal "
					+ "it answers. The new task replaces the old (replaces) and must take fewer minutes; with a "
					+ "signal, the renegotiation is recorded among its repair steps (renegotiate-goals-and-tasks), "
					+ "acknowledging it first if it was open.")
	@ApiResponse(responseCode = "201", description = "The smaller task")
	@ApiResponse(responseCode = "422", description = REFUSED)
	@ApiResponse(responseCode = "403",
			description = "A supervisor not acting for the therapist (act-for), or an admin account")
	@ApiResponse(responseCode = "404", description = "No such task among the caller's clients' tasks")
	TaskView renegotiate(CurrentUser user, @PathVariable UUID id, @RequestBody RenegotiationBody body) {
		return TaskView.of(this.tasks.renegotiate(user, id, body.draft(), body.signal()));
	}

	@PostMapping("/tasks/{id}/completion")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record how much of a task was done",
			description = "Body {\"status\": \"done\" | \"partly\" | \"not-done\", \"session\"}: session a booked "
					+ "session of the task's open episode, not before it was set. Entered by staff for the client, "
					+ "so onBehalf is true. Agreed tasks left undone at two consecutive due sessions raise a "
					+ "task-rupture signal at once. 422 names status or session.")
	@ApiResponse(responseCode = "201", description = "The completion")
	@ApiResponse(responseCode = "422", description = REFUSED)
	@ApiResponse(responseCode = "403",
			description = "A supervisor not acting for the therapist (act-for), or an admin account")
	@ApiResponse(responseCode = "404", description = "No such task among the caller's clients' tasks")
	CompletionView complete(CurrentUser user, @PathVariable UUID id, @RequestBody CompletionBody body) {
		return CompletionView.of(this.tasks.complete(user, id, body.status(), body.session()));
	}

	@GetMapping("/sessions/{id}/agenda")
	@Operation(summary = "A session's agenda",
			description = "The items proposed for the session, in order: text, session (its number), enteredBy "
					+ "(client-link when the client proposed it on the phone), onBehalf, proposedAt, takenUpAt and "
					+ "takenUpBy (null until the therapist marks it taken up).")
	@ApiResponse(responseCode = "200", description = "The agenda")
	@ApiResponse(responseCode = "404", description = "No such session among the caller's clients' sessions")
	@ApiResponse(responseCode = "403", description = "An admin account, which reads no clinical record")
	List<AgendaView> agenda(CurrentUser user, @PathVariable UUID id) {
		return this.agenda.ofSession(user, id).stream().map(AgendaView::of).toList();
	}

	@PostMapping("/sessions/{id}/agenda")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add an agenda item for the client",
			description = "Body {\"text\"}, up to 300 characters; up to 3 items per session. Entered by staff for "
					+ "the client (onBehalf true). 422 names text.")
	@ApiResponse(responseCode = "201", description = "The item")
	@ApiResponse(responseCode = "422", description = REFUSED)
	@ApiResponse(responseCode = "403",
			description = "A supervisor not acting for the therapist (act-for), or an admin account")
	@ApiResponse(responseCode = "404", description = "No such session among the caller's clients' sessions")
	AgendaView propose(CurrentUser user, @PathVariable UUID id, @RequestBody AgendaBody body) {
		return AgendaView.of(this.agenda.propose(user, id, body.text()));
	}

	@PostMapping("/agenda/{id}/taken-up")
	@Operation(summary = "Mark an agenda item taken up", description = "409 when it already was.")
	@ApiResponse(responseCode = "200", description = "The item")
	@ApiResponse(responseCode = "403",
			description = "A supervisor not acting for the therapist (act-for), or an admin account")
	@ApiResponse(responseCode = "404", description = "No such agenda item among the caller's clients'")
	@ApiResponse(responseCode = "409", description = "Problem details naming id: the item was already taken up")
	AgendaView takeUp(CurrentUser user, @PathVariable UUID id) {
		return AgendaView.of(this.agenda.takeUp(user, id));
	}

	record GoalBody(String text, Map<String, String> levels, Integer weight, String writtenBy, Integer setSession) {
		GoalDraft draft() {
			return new GoalDraft(this.text, this.levels, this.weight, this.writtenBy, this.setSession);
		}
	}

	record StatusBody(String status) {
	}

	record RatingBody(Integer session, Integer level, String rater) {
	}

	record TaskBody(String description, String rationale, String agreement, Integer minutes, Integer setSession,
			Integer dueSession) {
		TaskDraft draft() {
			return new TaskDraft(this.description, this.rationale, this.agreement, this.minutes, this.setSession,
					this.dueSession);
		}
	}

	record RenegotiationBody(String description, String rationale, String agreement, Integer minutes,
			Integer setSession, Integer dueSession, UUID signal) {
		TaskDraft draft() {
			return new TaskDraft(this.description, this.rationale, this.agreement, this.minutes, this.setSession,
					this.dueSession);
		}
	}

	record CompletionBody(String status, Integer session) {
	}

	record AgendaBody(String text) {
	}

	record GoalView(UUID id, String text, String writtenBy, Map<String, String> levels, int weight, String status,
			int setSession, UUID revises, String enteredBy, Instant createdAt, List<RatingView> ratings) {
		static GoalView of(Goal goal) {
			Map<String, String> levels = new TreeMap<>();
			goal.ladder().forEach((level, text) -> levels.put(String.valueOf(level), text));
			return new GoalView(goal.id(), goal.wording(), goal.writtenBy().wireName(), levels, goal.weight(),
					goal.status().wireName(), goal.setSession(), goal.revises(), goal.enteredBy(), goal.createdAt(),
					goal.ratings().stream().map(RatingView::of).toList());
		}
	}

	record RatingView(UUID id, UUID goal, int session, int level, String rater, String enteredBy, boolean onBehalf,
			Instant recordedAt) {
		static RatingView of(GoalRating r) {
			return new RatingView(r.id(), r.goalId(), r.session(), r.level(), r.rater().wireName(), r.enteredBy(),
					r.onBehalf(), r.recordedAt());
		}
	}

	record TaskView(UUID id, String description, String rationale, String agreement, int minutes, int setSession,
			int dueSession, UUID replaces, UUID signal, String status, String enteredBy, Instant createdAt,
			List<CompletionView> completions) {
		static TaskView of(Task t) {
			return new TaskView(t.id(), t.description(), t.rationale(), t.agreement().wireName(), t.minutes(),
					t.setSession(), t.dueSession(), t.replaces(), t.signalId(),
					(t.status() != null) ? t.status().wireName() : null, t.enteredBy(), t.createdAt(),
					t.completions().stream().map(CompletionView::of).toList());
		}
	}

	record CompletionView(UUID id, UUID task, String status, int session, String enteredBy, boolean onBehalf,
			Instant recordedAt) {
		static CompletionView of(TaskCompletion c) {
			return new CompletionView(c.id(), c.taskId(), c.status().wireName(), c.session(), c.enteredBy(),
					c.onBehalf(), c.recordedAt());
		}
	}

	record AgendaView(UUID id, UUID session, int sessionNumber, String text, String enteredBy, boolean onBehalf,
			Instant proposedAt, Instant takenUpAt, String takenUpBy) {
		static AgendaView of(AgendaItem a) {
			return new AgendaView(a.id(), a.sessionId(), a.sessionNumber(), a.wording(), a.enteredBy(), a.onBehalf(),
					a.proposedAt(), a.takenUpAt(), a.takenUpBy());
		}
	}

}
