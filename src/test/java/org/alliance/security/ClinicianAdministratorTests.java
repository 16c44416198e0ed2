package org.alliance.security;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.alliance.ApiClient;
import org.alliance.ApiClient.Reply;
import org.alliance.PageSession;
import org.alliance.TestClinic;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A therapist or supervisor who also administers the clinic (made so by the clinic's
 * admin, as a small practice does) reaches the admin pages and the people API, and keeps
 * exactly their clinical role: a therapist-administrator still sees only their own
 * clients, a supervisor-administrator still changes another therapist's client only while
 * acting for them. A plain therapist reaches none of the admin pages. Over HTTP on a real
 * port, pages with a signed-in session and the API with each person's token.
 */
class ClinicianAdministratorTests extends SecuredServer {

	private static final List<String> ADMIN_PAGES = List.of("/admin/users", "/admin/settings", "/admin/audit");

	@Autowired
	Caseload caseload;

	private TestClinic clinic;

	private ApiClient api;

	private Client own;

	private Client colleagues;

	@BeforeEach
	void aClinicWhoseAdminMakesTwoCliniciansAdministrators() {
		this.clinic = TestClinic.create(this.accounts, this.tokens);
		this.api = new ApiClient(this.port);
		this.own = admit(this.clinic.therapist(), "Quiet Fox");
		this.colleagues = admit(this.clinic.otherTherapist(), "Bright Owl");
		administers(this.clinic.therapist(), "therapist");
		administers(this.clinic.supervisor(), "supervisor");
	}

	@Test
	void aTherapistWhoAdministersReachesTheAdminPagesAndStillSeesOnlyTheirOwnClients() {
		TestClinic.Person therapist = this.clinic.therapist();
		PageSession pages = signIn(therapist);
		for (String page : ADMIN_PAGES) {
			assertThat(pages.get(page).status()).as(page).isEqualTo(200);
		}
		assertThat(pages.get("/clients").body()).contains("id=\"nav-people\"", "Quiet Fox")
			.doesNotContain("Bright Owl");
		assertThat(pages.get("/clients/" + this.colleagues.id()).status()).isEqualTo(404);
		assertThat(pages.get("/clients/" + this.own.id()).status()).isEqualTo(200);

		Reply people = this.api.get("/api/v1/users", therapist.token());
		assertThat(people.status()).isEqualTo(200);
		assertThat(people.json().findValuesAsString("email")).contains(this.clinic.otherTherapist().email());
		Reply clients = this.api.get("/api/v1/clients", therapist.token());
		assertThat(clients.json().findValuesAsString("id")).containsExactly(this.own.id().toString());
		assertThat(this.api.get("/api/v1/clients/" + this.colleagues.id(), therapist.token()).status()).isEqualTo(404);
		assertThat(recordSession(therapist, this.colleagues).status()).isEqualTo(404);
		assertThat(recordSession(therapist, this.own).status()).isEqualTo(201);
	}

	@Test
	void aSupervisorWhoAdministersReachesTheAdminPagesAndStillActsOnlyThroughActFor() {
		TestClinic.Person supervisor = this.clinic.supervisor();
		PageSession pages = signIn(supervisor);
		for (String page : ADMIN_PAGES) {
			assertThat(pages.get(page).status()).as(page).isEqualTo(200);
		}
		assertThat(pages.get("/clients").body()).contains("Quiet Fox", "Bright Owl");
		assertThat(this.api.get("/api/v1/users", supervisor.token()).status()).isEqualTo(200);
		assertThat(this.api.get("/api/v1/clients/" + this.colleagues.id(), supervisor.token()).status()).isEqualTo(200);
		Reply refused = recordSession(supervisor, this.colleagues);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("act-for");
		assertThat(sessionsOf(this.colleagues)).isZero();
	}

	@Test
	void aPlainTherapistReachesNoAdminPage() {
		TestClinic.Person therapist = this.clinic.otherTherapist();
		PageSession pages = signIn(therapist);
		for (String page : ADMIN_PAGES) {
			assertThat(pages.get(page).status()).as(page).isEqualTo(403);
		}
		assertThat(pages.get("/clients").body()).doesNotContain("id=\"nav-people\"");
		assertThat(this.api.get("/api/v1/users", therapist.token()).status()).isEqualTo(403);
		assertThat(this.api
			.post("/api/v1/users", therapist.token(),
					"{\"email\":\"new-" + UUID.randomUUID() + "@clinic.test\",\"displayName\":\"New Person\","
							+ "\"role\":\"admin\"}")
			.status()).isEqualTo(403);
	}

	/** The clinic's admin makes the person an administrator too, keeping their role. */
	private void administers(TestClinic.Person person, String role) {
		Reply changed = this.api.put("/api/v1/users/" + person.account().id() + "/role", this.clinic.admin().token(),
				"{\"role\":\"" + role + "\",\"administers\":true}");
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(changed.json().get("role").asString()).isEqualTo(role);
		assertThat(changed.json().get("administers").asBoolean()).isTrue();
	}

	private PageSession signIn(TestClinic.Person person) {
		return PageSession.signIn(this.port, person.email(), TestClinic.PASSWORD, this.clock);
	}

	private Client admit(TestClinic.Person therapist, String pseudonym) {
		return this.caseload.admit(therapist.account().asCurrentUser(), pseudonym, therapist.email(),
				LocalDate.now().minusDays(14));
	}

	private Reply recordSession(TestClinic.Person person, Client client) {
		return this.api.post("/api/v1/clients/" + client.id() + "/sessions", person.token(),
				"{\"number\":1,\"date\":\"" + LocalDate.now() + "\",\"attendance\":\"attended\"}",
				UUID.randomUUID().toString());
	}

	private int sessionsOf(Client client) {
		return this.jdbc.queryForObject("select count(*) from care_session where client_id = ?", Integer.class,
				client.id());
	}

}
