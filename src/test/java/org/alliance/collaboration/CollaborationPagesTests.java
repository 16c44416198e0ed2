package org.alliance.collaboration;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.alliance.PageSession;
import org.alliance.PageSession.Page;
import org.alliance.ServerOnH2;
import org.alliance.TestClinic;
import org.alliance.care.Attendance;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.measure.ClientLinks;
import org.alliance.security.CurrentUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A therapist writes a goal with its ladder, rates it, sets, records and renegotiates
 * tasks from the client page; a refused form comes back with the message beside its
 * field; the brief shows the agenda, the goals with their T-score and a task the client
 * did not agree to as a disagreement.
 */
class CollaborationPagesTests extends ServerOnH2 {

	@Autowired
	Caseload caseload;

	@Autowired
	Agenda agenda;

	@Autowired
	Tasks tasks;

	@Autowired
	ClientLinks links;

	@Test
	void aTherapistWritesRatesSetsAndRenegotiatesFromTheClientPage() {
		TestClinic clinic = newClinic();
		CurrentUser therapist = clinic.therapist().account().asCurrentUser();
		Client client = this.caseload.admit(therapist, "Sarah-" + UUID.randomUUID().toString().substring(0, 6),
				clinic.therapist().email(), LocalDate.now().minusWeeks(4));
		for (int number = 1; number <= 2; number++) {
			this.caseload.recordSession(therapist, client.id(), number, LocalDate.now().minusWeeks(3 - number),
					Attendance.ATTENDED);
		}
		String path = "/clients/" + client.id();
		PageSession pages = PageSession.signIn(this.port, clinic.therapist().email(), TestClinic.PASSWORD);
		assertThat(pages.get(path).body()).contains("Goals and tasks", "No goal written yet");

		Map<String, String> goal = new HashMap<>(Map.of("text", "Move my career forward", "weight", "0", "writtenBy",
				"client", "levels.-2", "No step at all", "levels.0", "One application sent", "levels.1",
				"Two applications", "levels.2", "An interview"));
		Page refused = pages.post(path + "/goals", goal);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.errorBeside("weight")).contains("from 1 to 100");
		assertThat(refused.errorBeside("levels.-1")).contains("somewhat less than expected");
		assertThat(refused.body()).contains("value=\"Move my career forward\"");
		goal.put("weight", "2");
		goal.put("levels.-1", "Looked at job ads");
		assertThat(pages.post(path + "/goals", goal).location()).endsWith(path + "#collaboration");
		UUID goalId = this.jdbc.queryForObject("select id from goal where client_id = ?", UUID.class, client.id());
		pages.get(path);
		assertThat(pages.post("/goals/" + goalId + "/ratings", Map.of("session", "2", "level", "1", "rater", "client"))
			.status()).isEqualTo(302);
		String page = pages.get(path).body();
		assertThat(page).contains("“Move my career forward”", "in the client&#39;s own words",
				"+1 somewhat more than expected (session 2, client, entered for the client)");
		// One goal at +1: T = 50 + 10 · 1 / √(0.7 + 0.3) = 60.
		assertThat(page).contains("<strong id=\"gas-t\">60.0</strong>");
		Map<String, String> revision = new HashMap<>(goal);
		revision.put("text", "Move my career forward, one small step a week");
		revision.put("levels.0", "");
		Page unrevised = pages.post("/goals/" + goalId + "/revision", revision);
		assertThat(unrevised.errorBeside("levels.0")).contains("expected level");
		revision.put("levels.0", "One small step a week");
		assertThat(pages.post("/goals/" + goalId + "/revision", revision).status()).isEqualTo(302);
		assertThat(pages.get(path).body()).contains("“Move my career forward, one small step a week”",
				"weight 2 · revised", "weight 2 · active");
		// The revised goal is rated afresh: no active goal is rated, so no T-score.
		assertThat(pages.get(path).body()).contains("<strong id=\"gas-t\">no goal rated yet</strong>");

		Map<String, String> task = new HashMap<>(Map.of("description", "Work two hours on the project", "rationale",
				"Time blocks beat waiting for the mood", "agreement", "agreed", "minutes", "120", "setSession", "2",
				"dueSession", "2"));
		Page badDue = pages.post(path + "/tasks", task);
		assertThat(badDue.status()).isEqualTo(422);
		assertThat(badDue.errorBeside("dueSession")).contains("after the one it is set at");
		task.put("dueSession", "3");
		assertThat(pages.post(path + "/tasks", task).status()).isEqualTo(302);
		task.put("agreement", "not-agreed");
		task.put("description", "Write the CV tonight");
		pages.post(path + "/tasks", task);
		UUID taskId = this.jdbc.queryForObject(
				"select id from homework_task where client_id = ? and agreement = 'AGREED'", UUID.class, client.id());
		pages.get(path);
		assertThat(
				pages.post("/tasks/" + taskId + "/completion", Map.of("status", "not-done", "session", "2")).status())
			.isEqualTo(302);
		pages.get(path);
		Page notSmaller = pages.post("/tasks/" + taskId + "/renegotiation",
				Map.of("description", "Organise files", "rationale", "Start small", "agreement", "agreed", "minutes",
						"120", "setSession", "2", "dueSession", "3"));
		assertThat(notSmaller.status()).as(notSmaller.body()).isEqualTo(422);
		assertThat(notSmaller.errorBeside("minutes")).contains("smaller than the one it replaces (120 minutes)");
		assertThat(
				pages
					.post("/tasks/" + taskId + "/renegotiation",
							Map.of("description", "Organise files for 15 minutes", "rationale", "Start small",
									"agreement", "agreed", "minutes", "15", "setSession", "2", "dueSession", "3"))
					.status())
			.isEqualTo(302);
		assertThat(pages.get(path).body()).contains("not done (session 2, entered by " + clinic.therapist().email(),
				"renegotiated, smaller", "Organise files for 15 minutes");

		UUID session = this.jdbc.queryForObject("select id from care_session where client_id = ? and number = 2",
				UUID.class, client.id());
		this.agenda.propose(therapist, session, "My fear of failing");
		String brief = pages.get(path + "/brief").body();
		assertThat(brief).contains("The client's agenda", "“My fear of failing”", "next goal review at session 6",
				"Task or goal disagreement: the client was not agreed on “Write the CV tonight”");
		UUID item = this.jdbc.queryForObject("select id from agenda_item where client_id = ?", UUID.class, client.id());
		assertThat(pages.post("/agenda/" + item + "/taken-up", Map.of()).status()).isEqualTo(302);
		assertThat(pages.get(path + "/brief").body()).contains("taken up");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where resource_type = 'goal-list' and resource_id = ?", Integer.class,
				client.id().toString()))
			.isPositive();
	}

	@Test
	void thePortalRefusesATopicForASessionHeldAndAnAnswerNotOfferedInTheClientsLanguage() {
		TestClinic clinic = newClinic();
		CurrentUser therapist = clinic.therapist().account().asCurrentUser();
		Client client = this.caseload.admit(therapist, "Ines-" + UUID.randomUUID().toString().substring(0, 6),
				clinic.therapist().email(), LocalDate.now().minusWeeks(2));
		UUID held = this.caseload
			.recordSession(therapist, client.id(), 1, LocalDate.now().minusWeeks(1), Attendance.ATTENDED)
			.id();
		Task task = this.tasks.set(therapist, client.id(),
				new TaskDraft("Walk for 20 minutes", "Activity first", "agreed", 20, 1, 2));
		String link = this.links.issueOfKind(therapist, held, "symptom").path();
		PageSession phone = PageSession.anonymous(this.port);
		assertThat(phone.get(link + "?lang=es").body()).contains("Sus tareas", "Walk for 20 minutes")
			.doesNotContain("agenda-form");
		Page topic = phone.post(link + "/portal/agenda?lang=es", Map.of("text", "Mi hermana"));
		assertThat(topic.status()).isEqualTo(422);
		assertThat(topic.body()).contains("Esta sesión ya tuvo lugar");
		Page answer = phone.post(link + "/portal/tasks/" + task.id() + "?lang=es", Map.of("status", "maybe"));
		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.body()).contains("Elija una de las respuestas");
		assertThat(phone.post(link + "/portal/tasks/" + UUID.randomUUID(), Map.of("status", "done")).status())
			.isEqualTo(404);
		assertThat(phone.post(link + "/portal/tasks/" + task.id(), Map.of("status", "partly")).status()).isEqualTo(302);
		assertThat(this.tasks.of(therapist, client.id()).get(0).latest().enteredBy()).isEqualTo("client-link");
		assertThat(this.tasks.of(therapist, client.id()).get(0).latest().onBehalf()).isFalse();
	}

	@Test
	void anotherTherapistGetsNoPageOfTheClientsGoals() {
		TestClinic clinic = newClinic();
		CurrentUser therapist = clinic.therapist().account().asCurrentUser();
		Client client = this.caseload.admit(therapist, "Lee-" + UUID.randomUUID().toString().substring(0, 6),
				clinic.therapist().email(), LocalDate.now().minusWeeks(1));
		PageSession other = PageSession.signIn(this.port, clinic.otherTherapist().email(), TestClinic.PASSWORD);
		assertThat(other.get("/clients/" + client.id() + "/goals-and-tasks").status()).isEqualTo(404);
	}

}
