package org.alliance.security;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.alliance.ApiClient;
import org.alliance.PageSession;
import org.alliance.ServerOnH2;
import org.alliance.TestClinic;
import org.alliance.care.Attendance;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.care.EndReason;
import org.alliance.collaboration.Agenda;
import org.alliance.collaboration.GoalDraft;
import org.alliance.collaboration.Goals;
import org.alliance.collaboration.TaskDraft;
import org.alliance.collaboration.Tasks;
import org.alliance.instrument.Answer;
import org.alliance.measure.ClientLinks;
import org.alliance.measure.Responses;
import org.alliance.measure.Submission;
import org.alliance.security.RoutePolicy.Line;
import org.alliance.security.RoutePolicy.Role;
import org.alliance.signal.NewSignal;
import org.alliance.signal.SignalInbox;
import org.alliance.signal.SignalStep;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The route × role matrix of {@code security/route-policy.tsv}, driven over HTTP on a
 * real port: the API with each person's bearer token, the pages with each person's
 * signed-in session and CSRF token. Each route about a client is tried on a client of
 * another therapist of the clinic; a refused write must change nothing of that client's
 * records and leave a refusal in the audit trail, and an allowed one made while acting
 * for the therapist must name the grant in the audit trail.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteMatrixTests extends ServerOnH2 {

	private static final String LADDER = """
			{"-2":"Never","-1":"Once a month","0":"Once a week","1":"Twice a week","2":"Every day"}""";

	@Autowired
	Caseload caseload;

	@Autowired
	Goals goals;

	@Autowired
	Tasks tasks;

	@Autowired
	Agenda agenda;

	@Autowired
	SignalInbox inbox;

	@Autowired
	ActForGrants grants;

	@Autowired
	Responses responses;

	@Autowired
	ClientLinks links;

	private TestClinic clinic;

	private TestClinic elsewhere;

	private ApiClient api;

	private final Map<Role, PageSession> pages = new EnumMap<>(Role.class);

	private final LocalDate today = LocalDate.now();

	@BeforeAll
	void clinics() {
		this.clinic = newClinic();
		this.elsewhere = newClinic();
		this.api = new ApiClient(this.port);
		for (Role role : List.of(Role.ADMIN, Role.SUPERVISOR, Role.THERAPIST_OWN, Role.THERAPIST_OTHER,
				Role.OTHER_CLINIC)) {
			this.pages.put(role, PageSession.signIn(this.port, person(role).email(), TestClinic.PASSWORD));
		}
		this.pages.put(Role.SUPERVISOR_ACTING, this.pages.get(Role.SUPERVISOR));
	}

	@Test
	void everyRouteAboutAClientAnswersEachRoleAsThePolicySays() {
		List<String> wrong = new ArrayList<>();
		Case shared = newCase();
		Case acted = newCase();
		actFor(acted);
		for (Line line : RoutePolicy.load().lines()) {
			if (!"client".equals(line.kind())) {
				continue;
			}
			if (line.write()) {
				wrong.addAll(write(line, this::newCase));
			}
			else {
				for (Role role : Role.values()) {
					Case on = (role == Role.SUPERVISOR_ACTING) ? acted : shared;
					check(wrong, line, role, send(line, role, on), on, null);
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	/**
	 * The signal routes as they answer on a risk signal: any supervisor of the clinic
	 * works it without acting for the therapist, and every change it makes is audited as
	 * made under the risk cover.
	 */
	@Test
	void everyRouteAboutARiskSignalAnswersEachRoleAsThePolicySays() {
		List<String> wrong = new ArrayList<>();
		Case shared = newRiskCase();
		Case acted = newRiskCase();
		actFor(acted);
		for (Line line : RoutePolicy.load().lines()) {
			if (!"risk-signal".equals(line.kind())) {
				continue;
			}
			if (line.write()) {
				wrong.addAll(write(line, this::newRiskCase));
			}
			else {
				for (Role role : Role.values()) {
					Case on = (role == Role.SUPERVISOR_ACTING) ? acted : shared;
					check(wrong, line, role, send(line, role, on), on, null);
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void everyRouteAboutTheClinicAnswersEachRoleAsThePolicySays() {
		List<String> wrong = new ArrayList<>();
		Case shared = newCase();
		for (Line line : RoutePolicy.load().lines()) {
			if (!"caseload".equals(line.kind())) {
				continue;
			}
			for (Role role : Role.values()) {
				check(wrong, line, role, send(line, role, shared), null, null);
			}
		}
		assertThat(wrong).isEmpty();
	}

	/**
	 * The routes that manage the clinic's people, each tried on a colleague of the clinic
	 * made for it: a refused role must change nothing of that person's account (nor add
	 * one), an allowed one (the admin) must be answered as the policy says.
	 */
	@Test
	void everyRouteAboutTheClinicsPeopleAnswersEachRoleAsThePolicySays() {
		List<String> wrong = new ArrayList<>();
		for (Line line : RoutePolicy.load().lines()) {
			if (!"people".equals(line.kind())) {
				continue;
			}
			for (Role role : Role.values()) {
				UserAccount colleague = colleague(line);
				String before = accountPrint(colleague.id());
				int status = sendAboutPerson(line, role, colleague.id());
				check(wrong, line, role, status, null, null);
				if (!line.allows(role) && !before.equals(accountPrint(colleague.id()))) {
					wrong.add(line.key() + " as " + role + " was refused but changed " + before + " to "
							+ accountPrint(colleague.id()));
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	/** A therapist of the clinic, disabled first for a route that enables. */
	private UserAccount colleague(Line line) {
		UserAccount colleague = this.accounts.createUser(this.clinic.id(),
				"colleague-" + UUID.randomUUID() + "@clinic.test", "Colleague", org.alliance.security.Role.THERAPIST,
				TestClinic.PASSWORD);
		if (line.path().endsWith("/enable")) {
			this.jdbc.update("update app_user set status = 'disabled' where id = ?", colleague.id());
		}
		return colleague;
	}

	private int sendAboutPerson(Line line, Role role, UUID colleague) {
		String path = line.path().replace("{id}", colleague.toString());
		String email = "invited-" + UUID.randomUUID() + "@clinic.test";
		if (path.startsWith("/api/")) {
			String body = path.endsWith("/role") ? "{\"role\":\"supervisor\"}"
					: path.equals("/api/v1/users")
							? "{\"email\":\"" + email + "\",\"displayName\":\"Invited " + email.substring(8, 16)
									+ "\",\"role\":\"therapist\"}"
							: path.endsWith("/duty") ? "{\"dutyClinician\":true}"
									: path.endsWith("/reassignment") ? "{\"therapist\":\""
											+ this.clinic.therapist().email() + "\",\"reason\":\"Left the clinic\"}"
											: "{}";
			String token = person(role).token();
			return "PUT".equals(line.method()) ? this.api.put(path, token, body).status()
					: this.api.post(path, token, body, "matrix-" + UUID.randomUUID()).status();
		}
		Map<String, String> form = path.endsWith("/role") ? Map.of("role", "supervisor") : path.equals("/admin/users")
				? Map.of("email", email, "displayName", "Invited " + email.substring(8, 16), "role", "therapist")
				: path.endsWith("/duty") ? Map.of("duty", "on") : path.endsWith("/reassignment")
						? Map.of("therapist", this.clinic.therapist().email(), "reason", "Left the clinic") : Map.of();
		PageSession session = this.pages.get(role);
		session.get("/account");
		return session.post(path, form).status();
	}

	/**
	 * Everything a write on a person's account could change, and the clinic's head count.
	 */
	private String accountPrint(UUID id) {
		return this.jdbc.queryForObject(
				"""
						select status || '/' || role || '/' || administers || '/' || duty_clinician || '/' || credentials_version
						|| '/' || (select count(*) from app_user where clinic_id = ?)
						|| '/' || (select count(*) from invitation where user_id = ?)
						from app_user where id = ?""",
				String.class, this.clinic.id(), id, id);
	}

	/**
	 * Refused roles on one client, which must not change; each allowed role on a client
	 * of its own, so that one write does not stand in the way of the next.
	 */
	private List<String> write(Line line, Supplier<Case> cases) {
		List<String> wrong = new ArrayList<>();
		Case refusedOn = prepared(line, cases.get());
		for (Role role : Role.values()) {
			if (line.allows(role)) {
				Case on = prepared(line, cases.get());
				UUID grant = (role == Role.SUPERVISOR_ACTING) ? actFor(on) : null;
				// The change names the grant only where the grant is what allows it: a
				// supervisor works a risk signal under the risk cover (checked below) and
				// moves a client without acting for anyone.
				check(wrong, line, role, send(line, role, on), on, line.allows(Role.SUPERVISOR) ? null : grant);
				if (on.risk() && (role == Role.SUPERVISOR || role == Role.SUPERVISOR_ACTING)
						&& auditLinesCovering(on.signal()) == 0) {
					wrong.add(line.key() + " as " + role + ": the change is not audited as made under risk cover");
				}
			}
			else {
				if (role == Role.SUPERVISOR_ACTING) {
					actFor(refusedOn);
				}
				String before = fingerprint(refusedOn);
				check(wrong, line, role, send(line, role, refusedOn), refusedOn, null);
				String after = fingerprint(refusedOn);
				if (!before.equals(after)) {
					wrong.add(line.key() + " as " + role + " was refused but changed " + before + " to " + after);
				}
			}
		}
		return wrong;
	}

	private void check(List<String> wrong, Line line, Role role, int status, Case on, UUID grant) {
		String expected = line.answers().get(role);
		boolean allowed = status >= 200 && status < 400;
		boolean right = "allow".equals(expected) ? allowed : String.valueOf(status).equals(expected);
		if (!right) {
			wrong.add(line.key() + " as " + role + ": expected " + expected + ", got " + status);
			return;
		}
		if ((status == 403 || status == 404) && refusalsOf(person(role).email()) == 0) {
			wrong.add(line.key() + " as " + role + ": refused without an audit line");
		}
		if (grant != null && !line.path().contains("act-for") && auditLinesNaming(grant) == 0) {
			wrong.add(line.key() + " as " + role + ": the change under the grant is not audited with it");
		}
	}

	private int send(Line line, Role role, Case on) {
		String path = concrete(line.path(), on);
		TestClinic.Person person = person(role);
		if (line.path().startsWith("/api/")) {
			String body = apiBody(line, on);
			return switch (line.method()) {
				case "GET" -> this.api.get(path, person.token()).status();
				case "PUT" -> this.api.put(path, person.token(), body).status();
				default -> this.api.post(path, person.token(), body, "matrix-" + UUID.randomUUID()).status();
			};
		}
		PageSession session = this.pages.get(role);
		return "GET".equals(line.method()) ? session.get(path).status() : session.post(path, form(line, on)).status();
	}

	private String concrete(String pattern, Case on) {
		String[] parts = pattern.replaceFirst("^/api/v1", "").split("/");
		String id = switch ((parts.length > 1) ? parts[1] : "") {
			case "clients" -> on.client().toString();
			case "sessions" -> on.session().toString();
			case "goals" -> on.goal().toString();
			case "tasks" -> on.task().toString();
			case "signals" -> on.signal().toString();
			case "agenda" -> on.agendaItem().toString();
			case "links" -> on.link().toString();
			case "responses" -> on.response().toString();
			default -> "";
		};
		return pattern.replace("{id}", id)
			.replace("{linkId}", on.link().toString())
			.replace("{sessionId}", on.session().toString())
			.replace("{episodeId}", on.episode().toString())
			.replace("{instrument}", "phq9")
			.replace("{form}", "own");
	}

	private String apiBody(Line line, Case on) {
		String path = line.path();
		String task = """
				{"description":"Walk ten minutes","rationale":"Start small","agreement":"agreed","minutes":15,\
				"setSession":2,"dueSession":3}""";
		Map<String, String> bodies = new HashMap<>();
		bodies.put("/api/v1/clients", "{\"pseudonym\":\"N-" + UUID.randomUUID() + "\",\"therapist\":\""
				+ this.clinic.therapist().email() + "\"}");
		bodies.put("/api/v1/clients/{id}/pseudonym", "{\"pseudonym\":\"R-" + UUID.randomUUID() + "\"}");
		bodies.put("/api/v1/sessions/{id}/attendance", "{\"attendance\":\"no-show\"}");
		bodies.put("/api/v1/clients/{id}/episodes", "{\"start\":\"" + this.today + "\"}");
		bodies.put("/api/v1/clients/{id}/episodes/current/end",
				"{\"date\":\"" + this.today + "\",\"reason\":\"planned\"}");
		bodies.put("/api/v1/clients/{id}/sessions",
				"{\"number\":3,\"date\":\"" + this.today + "\",\"attendance\":\"attended\"}");
		bodies.put("/api/v1/sessions/{id}/responses",
				"""
						{"instrument":"phq9","respondent":"client","answers":{"1":1,"2":1,"3":1,"4":1,"5":1,"6":1,"7":1,"8":1,"9":0}}""");
		bodies.put("/api/v1/clients/{id}/goals", "{\"text\":\"Walk more\",\"levels\":" + LADDER + "}");
		bodies.put("/api/v1/goals/{id}/revision", "{\"text\":\"Walk daily\",\"levels\":" + LADDER + "}");
		bodies.put("/api/v1/goals/{id}/status", "{\"status\":\"achieved\"}");
		bodies.put("/api/v1/goals/{id}/ratings", "{\"session\":2,\"level\":1}");
		bodies.put("/api/v1/clients/{id}/tasks", task);
		bodies.put("/api/v1/tasks/{id}/renegotiation", task);
		bodies.put("/api/v1/tasks/{id}/completion", "{\"status\":\"done\",\"session\":2}");
		bodies.put("/api/v1/sessions/{id}/agenda", "{\"text\":\"Work stress\"}");
		bodies.put("/api/v1/signals/{id}/actions",
				on.risk()
						? "{\"step\":\"" + step(on) + "\",\"note\":\"Talked it through\",\"contactedAt\":\""
								+ reachedNow() + "\"}"
						: "{\"step\":\"" + step(on) + "\",\"note\":\"Talked it through\"}");
		bodies.put("/api/v1/clients/{id}/reassignment", "{\"therapist\":\"" + this.clinic.otherTherapist().email()
				+ "\",\"reason\":\"The therapist is on leave\"}");
		bodies.put("/api/v1/responses/{id}/corrections", """
				{"answers":{"1":2,"2":1,"3":1,"4":1,"5":1,"6":1,"7":1,"8":1,"9":0},"reason":"Item 1 typed wrongly"}""");
		bodies.put("/api/v1/signals/{id}/resolve", "{\"outcome\":\"A smaller task worked\"}");
		bodies.put("/api/v1/sessions/{id}/reflections", "{\"text\":\"Felt rushed\",\"tags\":[]}");
		bodies.put("/api/v1/clients/{id}/act-for", "{\"reason\":\"Covering while the therapist is away\"}");
		bodies.put("/api/v1/clients/{id}/contact", "{\"email\":\"matrix@example.org\",\"language\":\"en\"}");
		return bodies.getOrDefault(path, "{}");
	}

	private Map<String, String> form(Line line, Case on) {
		Map<String, String> task = Map.of("description", "Walk ten minutes", "rationale", "Start small", "agreement",
				"agreed", "minutes", "15", "setSession", "2", "dueSession", "3");
		Map<String, String> goal = new LinkedHashMap<>(Map.of("text", "Walk more", "weight", "1", "writtenBy", "client",
				"levels.-2", "Never", "levels.-1", "Once a month", "levels.0", "Once a week", "levels.1",
				"Twice a week", "levels.2", "Every day"));
		Map<String, String> phq9 = new LinkedHashMap<>();
		for (int item = 1; item <= 9; item++) {
			phq9.put("item-" + item, (item == 9) ? "0" : "1");
		}
		phq9.put("key", UUID.randomUUID().toString());
		Map<String, String> own = new LinkedHashMap<>();
		for (int item = 1; item <= 7; item++) {
			own.put("item-" + item, "4");
		}
		own.put("key", UUID.randomUUID().toString());
		return switch (line.path()) {
			case "/clients" ->
				Map.of("pseudonym", "N-" + UUID.randomUUID(), "therapist", this.clinic.therapist().email());
			case "/clients/{id}/sessions" ->
				Map.of("number", "3", "date", this.today.toString(), "attendance", "attended");
			case "/clients/{id}/rename" -> Map.of("pseudonym", "R-" + UUID.randomUUID());
			case "/clients/{id}/episodes/end" -> Map.of("date", this.today.toString(), "reason", "planned");
			case "/clients/{id}/episodes" -> Map.of("start", this.today.toString());
			case "/clients/{id}/attendance" -> Map.of("session", on.session().toString(), "attendance", "no-show");
			case "/clients/{id}/goals", "/goals/{id}/revision" -> goal;
			case "/goals/{id}/ratings" -> Map.of("session", "2", "level", "1", "rater", "client");
			case "/goals/{id}/status" -> Map.of("status", "achieved");
			case "/clients/{id}/tasks", "/tasks/{id}/renegotiation", "/signals/{id}/renegotiation" -> task;
			case "/tasks/{id}/completion" -> Map.of("status", "done", "session", "2");
			case "/signals/{id}/actions" ->
				on.risk() ? Map.of("step", step(on), "note", "Talked it through", "contactedAt", reachedNow())
						: Map.of("step", step(on), "note", "Talked it through");
			case "/clients/{id}/reassignment" ->
				Map.of("therapist", this.clinic.otherTherapist().email(), "reason", "The therapist is on leave");
			case "/admin/settings/risk" -> Map.of("riskAcknowledgeHours", "4");
			case "/signals/{id}/resolve" -> Map.of("outcome", "A smaller task worked");
			case "/sessions/{sessionId}/paper/{instrument}" -> phq9;
			case "/responses/{id}/correction" -> corrected(phq9);
			case "/sessions/{sessionId}/rate/{form}" -> own;
			case "/sessions/{sessionId}/reflections" -> Map.of("text", "Felt rushed");
			case "/clients/{id}/act-for" -> Map.of("reason", "Covering while the therapist is away");
			case "/clients/{id}/contact" -> Map.of("email", "matrix@example.org", "language", "en");
			case "/admin/settings/email-timing" ->
				Map.of("hoursBeforeSession", "48", "reminderAfterHours", "48", "linkValidHours", "96");
			case "/admin/settings/clinic" -> Map.of("name", "Matrix Clinic", "timeZone", "Europe/London", "languages",
					"en,es", "crisisPhone", "+44 20 7946 0000");
			default -> Map.of();
		};
	}

	/** The PHQ-9 of {@link #newCase} with item 1 corrected, and why. */
	private static Map<String, String> corrected(Map<String, String> phq9) {
		Map<String, String> corrected = new LinkedHashMap<>(phq9);
		corrected.put("item-1", "2");
		corrected.put("reason", "Item 1 typed wrongly");
		return corrected;
	}

	private static String step(Case on) {
		return SignalStep.forKind(on.risk() ? "risk" : "task-rupture").get(0).code();
	}

	/**
	 * When the client was reached, for a step of a risk signal: now, to the minute, after
	 * the signal was raised and not in the future.
	 */
	private static String reachedNow() {
		return Instant.now().truncatedTo(ChronoUnit.MINUTES).toString();
	}

	/**
	 * A route that needs an ended episode (opening the next one) gets one first; a step
	 * on a signal needs it acknowledged, and resolving it a step taken.
	 */
	private Case prepared(Line line, Case on) {
		if (line.path().endsWith("/episodes")) {
			this.caseload.endEpisode(owner(), on.client(), this.today.minusDays(1), EndReason.PLANNED);
		}
		if (line.path().endsWith("/actions") || line.path().endsWith("/resolve")) {
			this.inbox.acknowledge(owner(), on.signal());
		}
		if (line.path().endsWith("/resolve")) {
			this.inbox.recordAction(owner(), on.signal(), step(on), "Talked it through",
					on.risk() ? reachedNow() : null);
		}
		return on;
	}

	/**
	 * A client of the clinic's therapist with two sessions, a goal, an agreed task left
	 * undone, an agenda topic and the task-rupture signal that names the task.
	 */
	private Case newCase() {
		CurrentUser owner = owner();
		Client client = this.caseload.admit(owner, "M-" + UUID.randomUUID(), owner.email(), this.today.minusDays(28));
		UUID first = this.caseload.recordSession(owner, client.id(), 1, this.today.minusDays(21), Attendance.ATTENDED)
			.id();
		UUID session = this.caseload.recordSession(owner, client.id(), 2, this.today.minusDays(14), Attendance.ATTENDED)
			.id();
		Map<String, Answer> ones = new LinkedHashMap<>();
		for (int item = 1; item <= 9; item++) {
			ones.put(String.valueOf(item), new Answer.Choice((item == 9) ? 0 : 1));
		}
		UUID response = this.responses
			.submit(owner, first, new Submission("phq9", "client", ones), "matrix-" + UUID.randomUUID())
			.id();
		UUID link = this.links.issueOfKind(owner, session, "symptom").id();
		UUID episode = this.caseload.episodes(owner, client.id()).get(0).id();
		Map<String, String> levels = Map.of("-2", "Never", "-1", "Once a month", "0", "Once a week", "1",
				"Twice a week", "2", "Every day");
		UUID goal = this.goals.write(owner, client.id(), new GoalDraft("Walk more", levels, 1, "client")).id();
		UUID task = this.tasks.set(owner, client.id(), new TaskDraft("Walk two hours", "Energy", "agreed", 120, 1, 2))
			.id();
		this.tasks.complete(owner, task, "not-done", 2);
		UUID item = this.agenda.propose(owner, session, "Sleep").id();
		String source = "task-rupture:" + client.id() + ":matrix";
		this.inbox.raise(new NewSignal(this.clinic.id(), client.id(), owner.userId(), session, "task-rupture", source,
				"Agreed task not done", "{\"due sessions missed\":\"2\"}", null));
		UUID signal = this.jdbc.queryForObject("select id from signal where source_key = ?", UUID.class, source);
		return new Case(client.id(), session, episode, goal, task, item, signal, link, response, false);
	}

	/** A client as {@link #newCase} has, with a risk signal (PHQ-9 item 9 above 0). */
	private Case newRiskCase() {
		Case on = newCase();
		String source = "risk:" + UUID.randomUUID();
		this.inbox.raise(new NewSignal(this.clinic.id(), on.client(), owner().userId(), on.session(), "risk", source,
				"Risk at session 2", "{\"answer\":\"Several days (1 of 3)\"}", null));
		UUID signal = this.jdbc.queryForObject("select id from signal where source_key = ?", UUID.class, source);
		return new Case(on.client(), on.session(), on.episode(), on.goal(), on.task(), on.agendaItem(), signal,
				on.link(), on.response(), true);
	}

	private UUID actFor(Case on) {
		return this.grants
			.start(this.clinic.supervisor().account().asCurrentUser(),
					new TreatedClient(this.clinic.id(), on.client(), this.clinic.therapist().account().id()),
					"Covering while the therapist is away")
			.id();
	}

	private CurrentUser owner() {
		return this.clinic.therapist().account().asCurrentUser();
	}

	private TestClinic.Person person(Role role) {
		return switch (role) {
			case ADMIN -> this.clinic.admin();
			case SUPERVISOR, SUPERVISOR_ACTING -> this.clinic.supervisor();
			case THERAPIST_OWN -> this.clinic.therapist();
			case THERAPIST_OTHER -> this.clinic.otherTherapist();
			case OTHER_CLINIC -> this.elsewhere.supervisor();
		};
	}

	/** Everything a write on the client could change. */
	private String fingerprint(Case on) {
		return this.jdbc.queryForObject("""
				select (select pseudonym || '@' || therapist_id from client where id = ?)
				|| '/' || (select count(*) from care_session where client_id = ?)
				|| '/' || (select count(*) from care_session where client_id = ? and attendance = 'ATTENDED')
				|| '/' || (select count(*) from episode where client_id = ? and end_date is null)
				|| '/' || (select count(*) from episode where client_id = ?)
				|| '/' || (select count(*) from client_link where client_id = ?)
				|| '/' || (select count(*) from client_link where client_id = ? and revoked_at is null)
				|| '/' || (select count(*) from response where client_id = ?)
				|| '/' || (select count(*) from goal where client_id = ? and status = 'ACTIVE')
				|| '/' || (select count(*) from goal where client_id = ?)
				|| '/' || (select count(*) from goal_rating r join goal g on g.id = r.goal_id where g.client_id = ?)
				|| '/' || (select count(*) from homework_task where client_id = ?)
				|| '/' || (select count(*) from task_completion c join homework_task t on t.id = c.task_id
				           where t.client_id = ?)
				|| '/' || (select count(*) from agenda_item where client_id = ?)
				|| '/' || (select count(*) from agenda_item where client_id = ? and taken_up_at is not null)
				|| '/' || (select status from signal where id = ?)
				|| '/' || (select count(*) from signal_action where signal_id = ?)
				|| '/' || (select count(*) from reflection_note where client_id = ?)
				|| '/' || (select count(*) from act_for_grant where client_id = ? and ended_at is null)
				|| '/' || (select coalesce(contact_email, 'none') from client where id = ?)""", String.class,
				on.client(), on.client(), on.client(), on.client(), on.client(), on.client(), on.client(), on.client(),
				on.client(), on.client(), on.client(), on.client(), on.client(), on.client(), on.client(), on.signal(),
				on.signal(), on.client(), on.client(), on.client());
	}

	private int refusalsOf(String actor) {
		return this.jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = 'REFUSED'",
				Integer.class, actor);
	}

	private int auditLinesNaming(UUID grant) {
		return this.jdbc.queryForObject(
				"select count(*) from audit_event where action in ('CREATE', 'UPDATE') and detail like ?",
				Integer.class, "%act-for " + grant + "%");
	}

	private int auditLinesCovering(UUID signal) {
		return this.jdbc.queryForObject("""
				select count(*) from audit_event where action in ('UPDATE', 'CREATE') and resource_id = ?
				and detail = 'risk cover as supervisor'""", Integer.class, signal.toString());
	}

	/**
	 * One client's records, by what the routes name; {@code risk} when the signal is a
	 * risk signal.
	 */
	private record Case(UUID client, UUID session, UUID episode, UUID goal, UUID task, UUID agendaItem, UUID signal,
			UUID link, UUID response, boolean risk) {
	}

}
