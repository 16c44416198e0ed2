package org.alliance.care;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alliance.ApiClient;
import org.alliance.ApiClient.Reply;
import org.alliance.PageSession;
import org.alliance.PageSession.Page;
import org.alliance.ServerOnH2;
import org.alliance.TestClinic;
import org.alliance.security.CurrentUser;
import org.alliance.signal.NewSignal;
import org.alliance.signal.SignalInbox;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client moves to another therapist of the clinic, one at a time or every client of a
 * therapist who left: a supervisor or an admin decides, with a reason, and it is recorded
 * and audited from, to and by whom. The client's open signals go to the new therapist's
 * inbox, the old therapist loses the client at their next request, and the new therapist
 * never holds two clients of one pseudonym. On the API and the pages.
 */
class ReassignmentTests extends ServerOnH2 {

	@Autowired
	Caseload caseload;

	@Autowired
	SignalInbox inbox;

	@Test
	void aMovedClientsOpenSignalsFollowThemAndTheOldTherapistLosesTheClientAtOnce() {
		TestClinic clinic = newClinic();
		ApiClient api = new ApiClient(this.port);
		Client client = admit(clinic, "Ash");
		UUID risk = raise(clinic, client, "risk");
		UUID rupture = raise(clinic, client, "task-rupture");
		String old = clinic.therapist().token();
		assertThat(api.get("/api/v1/signals/" + risk, old).status()).isEqualTo(200);

		Reply moved = api.post("/api/v1/clients/" + client.id() + "/reassignment", clinic.supervisor().token(),
				"{\"therapist\":\"" + clinic.otherTherapist().email()
						+ "\",\"reason\":\"Ash's therapist is on leave\"}");
		assertThat(moved.status()).as(moved.body()).isEqualTo(201);
		assertThat(moved.json().get("fromTherapistId").asString())
			.isEqualTo(clinic.therapist().account().id().toString());
		assertThat(moved.json().get("toTherapistId").asString())
			.isEqualTo(clinic.otherTherapist().account().id().toString());

		for (String path : List.of("/api/v1/clients/" + client.id(), "/api/v1/signals/" + risk,
				"/api/v1/signals/" + rupture)) {
			assertThat(api.get(path, old).status()).as(path).isEqualTo(404);
		}
		assertThat(api.get("/api/v1/signals", old).json().valueStream()).isEmpty();
		assertThat(api.post("/api/v1/signals/" + risk + "/acknowledge", old, "{}").status()).isEqualTo(404);
		String now = clinic.otherTherapist().token();
		assertThat(api.get("/api/v1/clients/" + client.id(), now).json().get("therapist").asString())
			.isEqualTo(clinic.otherTherapist().account().id().toString());
		assertThat(api.get("/api/v1/signals", now).json().valueStream().map((s) -> s.get("id").asString()))
			.containsExactlyInAnyOrder(risk.toString(), rupture.toString());
		assertThat(api.post("/api/v1/signals/" + risk + "/acknowledge", now, "{}").status()).isEqualTo(200);

		assertThat(this.jdbc.queryForMap("""
				select from_therapist_id, to_therapist_id, reassigned_by, reason from client_reassignment
				where client_id = ?""", client.id())).containsEntry("REASSIGNED_BY", clinic.supervisor().email())
			.containsEntry("REASON", "Ash's therapist is on leave");
		assertThat(this.jdbc.queryForObject("""
				select detail from audit_event where action = 'CLIENT_REASSIGNED' and resource_id = ? and actor = ?""",
				String.class, client.id().toString(), clinic.supervisor().email()))
			.isEqualTo("from " + clinic.therapist().account().id() + " to " + clinic.otherTherapist().account().id());
	}

	@Test
	void onlyASupervisorOrAnAdminMovesAClientAndABadRequestNamesItsFieldAndChangesNothing() {
		TestClinic clinic = newClinic();
		ApiClient api = new ApiClient(this.port);
		Client client = admit(clinic, "Bo");
		String path = "/api/v1/clients/" + client.id() + "/reassignment";
		String toOther = "{\"therapist\":\"" + clinic.otherTherapist().email() + "\",\"reason\":\"Leave\"}";
		assertThat(api.post(path, clinic.therapist().token(), toOther).status()).isEqualTo(403);
		assertThat(api.post(path, clinic.otherTherapist().token(), toOther).status()).isEqualTo(404);
		assertField(api.post(path, clinic.supervisor().token(),
				"{\"therapist\":\"" + clinic.otherTherapist().email() + "\"}"), "reason");
		assertField(
				api.post(path, clinic.supervisor().token(), "{\"therapist\":\"nobody@clinic.test\",\"reason\":\"x\"}"),
				"therapist");
		assertField(api.post(path, clinic.supervisor().token(),
				"{\"therapist\":\"" + clinic.admin().email() + "\",\"reason\":\"x\"}"), "therapist");
		assertField(api.post(path, clinic.supervisor().token(),
				"{\"therapist\":\"" + clinic.therapist().email() + "\",\"reason\":\"x\"}"), "therapist");
		this.jdbc.update("update app_user set status = 'disabled' where id = ?",
				clinic.otherTherapist().account().id());
		Reply disabled = api.post(path, clinic.supervisor().token(), toOther);
		assertField(disabled, "therapist");
		assertThat(disabled.body()).contains("disabled");
		this.jdbc.update("update app_user set status = 'active' where id = ?", clinic.otherTherapist().account().id());
		assertThat(therapistOf(client)).isEqualTo(clinic.therapist().account().id());

		// An admin moves a client without reading the record.
		assertThat(api.post(path, clinic.admin().token(), toOther).status()).isEqualTo(201);
		assertThat(therapistOf(client)).isEqualTo(clinic.otherTherapist().account().id());
		assertThat(api.get("/api/v1/clients/" + client.id(), clinic.admin().token()).status()).isEqualTo(403);
	}

	@Test
	void aMoveThatWouldGiveTheNewTherapistTwoClientsOfOnePseudonymIsRefusedWhole() {
		TestClinic clinic = newClinic();
		ApiClient api = new ApiClient(this.port);
		String name = "Kit-" + UUID.randomUUID().toString().substring(0, 6);
		Client mine = admit(clinic, clinic.therapist(), name);
		Client other = admit(clinic, clinic.therapist(), "Lee");
		admit(clinic, clinic.otherTherapist(), name.toUpperCase());
		Reply one = api.post("/api/v1/clients/" + mine.id() + "/reassignment", clinic.supervisor().token(),
				"{\"therapist\":\"" + clinic.otherTherapist().email() + "\",\"reason\":\"Leave\"}");
		assertField(one, "therapist");
		assertThat(one.body()).contains(name, "rename one of them first");

		// Moving all of the therapist's clients fails for the one, and so moves none; the
		// admin, who reads no client, is not told the pseudonym.
		Reply all = api.post("/api/v1/users/" + clinic.therapist().account().id() + "/clients/reassignment",
				clinic.admin().token(),
				"{\"therapist\":\"" + clinic.otherTherapist().email() + "\",\"reason\":\"Left\"}");
		assertField(all, "therapist");
		assertThat(all.body()).doesNotContain(name).contains("1 client's");
		assertThat(therapistOf(mine)).isEqualTo(clinic.therapist().account().id());
		assertThat(therapistOf(other)).isEqualTo(clinic.therapist().account().id());
	}

	@Test
	void anAdminMovesEveryClientOfADisabledTherapistOnThePeoplePage() {
		TestClinic clinic = newClinic();
		List<Client> clients = List.of(admit(clinic, "Cy"), admit(clinic, "Di"), admit(clinic, "Ed"));
		UUID open = raise(clinic, clients.get(0), "risk");
		PageSession admin = PageSession.signIn(this.port, clinic.admin().email(), TestClinic.PASSWORD);
		UUID leaving = clinic.therapist().account().id();
		admin.get("/admin/users");
		assertThat(admin.post("/admin/users/" + leaving + "/disable", Map.of()).status()).isEqualTo(302);
		String people = admin.get("/admin/users").body();
		assertThat(people).contains("id=\"client-count-" + leaving + "\">3 clients<");

		Page refused = admin.post("/admin/users/" + leaving + "/clients/reassignment",
				Map.of("therapist", clinic.otherTherapist().email(), "reason", ""));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.errorBeside("reason")).isNotEmpty();
		Page moved = admin.post("/admin/users/" + leaving + "/clients/reassignment",
				Map.of("therapist", clinic.otherTherapist().email(), "reason", "Left the clinic"));
		assertThat(moved.status()).isEqualTo(302);
		assertThat(admin.get(moved.location().replaceFirst("^https?://[^/]+", "")).body()).contains("3 clients moved.");
		clients.forEach((client) -> assertThat(therapistOf(client)).isEqualTo(clinic.otherTherapist().account().id()));
		assertThat(this.jdbc.queryForObject("select therapist_id from signal where id = ?", UUID.class, open))
			.isEqualTo(clinic.otherTherapist().account().id());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'CLIENT_REASSIGNED' and actor = ?", Integer.class,
				clinic.admin().email()))
			.isEqualTo(3);
	}

	@Test
	void aSupervisorMovesOneClientFromTheClientsPageTheRefusalBesideItsField() {
		TestClinic clinic = newClinic();
		Client client = admit(clinic, "Fay");
		PageSession supervisor = PageSession.signIn(this.port, clinic.supervisor().email(), TestClinic.PASSWORD);
		String page = supervisor.get("/clients/" + client.id()).body();
		assertThat(page).contains("id=\"reassign-form\"", clinic.otherTherapist().account().displayName());
		Page refused = supervisor.post("/clients/" + client.id() + "/reassignment",
				Map.of("therapist", clinic.otherTherapist().email(), "reason", " "));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.errorBeside("reason")).isNotEmpty();
		assertThat(therapistOf(client)).isEqualTo(clinic.therapist().account().id());
		Page moved = supervisor.post("/clients/" + client.id() + "/reassignment",
				Map.of("therapist", clinic.otherTherapist().email(), "reason", "Closer to the client's home"));
		assertThat(moved.status()).isEqualTo(302);
		assertThat(supervisor.get("/clients/" + client.id()).body()).contains("Closer to the client&#39;s home",
				"moved from " + clinic.therapist().account().displayName() + " to "
						+ clinic.otherTherapist().account().displayName());

		// The client's own therapist is offered no such form, and is refused.
		PageSession therapist = PageSession.signIn(this.port, clinic.otherTherapist().email(), TestClinic.PASSWORD);
		assertThat(therapist.get("/clients/" + client.id()).body()).doesNotContain("id=\"reassign-form\"");
		assertThat(therapist
			.post("/clients/" + client.id() + "/reassignment",
					Map.of("therapist", clinic.therapist().email(), "reason", "Back"))
			.status()).isEqualTo(403);
		assertThat(therapistOf(client)).isEqualTo(clinic.otherTherapist().account().id());
	}

	private Client admit(TestClinic clinic, String name) {
		return admit(clinic, clinic.therapist(), name + "-" + UUID.randomUUID().toString().substring(0, 6));
	}

	private Client admit(TestClinic clinic, TestClinic.Person therapist, String pseudonym) {
		CurrentUser user = therapist.account().asCurrentUser();
		return this.caseload.admit(user, pseudonym, therapist.email(), LocalDate.now().minusWeeks(3));
	}

	private UUID raise(TestClinic clinic, Client client, String kind) {
		String source = kind + ":" + client.id() + ":" + UUID.randomUUID();
		this.inbox.raise(new NewSignal(clinic.id(), client.id(), client.therapistId(), null, kind, source,
				"A " + kind + " signal", "{}"));
		return this.jdbc.queryForObject("select id from signal where source_key = ?", UUID.class, source);
	}

	private UUID therapistOf(Client client) {
		return this.jdbc.queryForObject("select therapist_id from client where id = ?", UUID.class, client.id());
	}

	private static void assertField(Reply reply, String field) {
		assertThat(reply.status()).as(reply.body()).isEqualTo(422);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
	}

}
