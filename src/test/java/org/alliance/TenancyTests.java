package org.alliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alliance.ApiClient.Reply;
import org.alliance.PageSession.Page;
import org.alliance.care.Attendance;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.security.CurrentUser;
import org.alliance.signal.NewSignal;
import org.alliance.signal.SignalInbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No idempotency key, id or list crosses users: another therapist of the same clinic, and
 * every user of another clinic, reach none of a therapist's records by any API route or
 * page, find none in any list, and change nothing by trying.
 */
class TenancyTests extends ServerOnH2 {

	private static final String PHQ9 = """
			{"instrument":"phq9","respondent":"client","answers":{"1":2,"2":1,"3":3,"4":0,"5":1,"6":2,"7":0,"8":1,"9":0}}""";

	@Autowired
	Caseload caseload;

	@Autowired
	SignalInbox inbox;

	private TestClinic clinic;

	private TestClinic elsewhere;

	private ApiClient api;

	private String client;

	private String session;

	private String signal;

	private String response;

	private final String key = "tenancy-" + UUID.randomUUID();

	@BeforeEach
	void recordsOfOneTherapist() {
		this.clinic = newClinic();
		this.elsewhere = newClinic();
		this.api = new ApiClient(this.port);
		CurrentUser owner = this.clinic.therapist().account().asCurrentUser();
		Client admitted = this.caseload.admit(owner, "T-" + UUID.randomUUID(), this.clinic.therapist().email(),
				LocalDate.now());
		this.client = admitted.id().toString();
		this.session = this.caseload.recordSession(owner, admitted.id(), 1, LocalDate.now(), Attendance.ATTENDED)
			.id()
			.toString();
		this.response = this.api
			.post("/api/v1/sessions/" + this.session + "/responses", this.clinic.therapist().token(), PHQ9, this.key)
			.id();
		String source = "rupture:" + this.client + ":tenancy";
		this.inbox.raise(new NewSignal(this.clinic.id(), admitted.id(), this.clinic.therapist().account().id(), null,
				"rupture", source, "Bond fell at session 1", "{\"scale\":\"bond\"}"));
		this.signal = this.jdbc.queryForObject("select id from signal where source_key = ?", String.class, source);
	}

	@Test
	void noApiRouteReachesAnotherTherapistsOrAnotherClinicsRecords() {
		List<String> strangers = List.of(this.clinic.otherTherapist().token(), this.elsewhere.admin().token(),
				this.elsewhere.supervisor().token(), this.elsewhere.therapist().token());
		String before = fingerprint();
		for (String token : strangers) {
			// An admin account reads no clinical record of any clinic: refused for its
			// role
			// (403) before anything is looked up; everyone else is answered as if the
			// record did not exist (404).
			int refusal = token.equals(this.elsewhere.admin().token()) ? 403 : 404;
			for (String path : List.of("/clients/" + this.client, "/clients/" + this.client + "/episodes",
					"/clients/" + this.client + "/sessions", "/clients/" + this.client + "/responses",
					"/clients/" + this.client + "/alliance", "/clients/" + this.client + "/outcome",
					"/signals/" + this.signal)) {
				assertThat(this.api.get("/api/v1" + path, token).status()).as(path).isEqualTo(refusal);
			}
			Map<String, String> writes = Map.of("/clients/" + this.client + "/sessions",
					"{\"number\":2,\"date\":\"" + LocalDate.now() + "\",\"attendance\":\"attended\"}",
					"/clients/" + this.client + "/episodes/current/end",
					"{\"date\":\"" + LocalDate.now() + "\",\"reason\":\"dropout\"}",
					"/clients/" + this.client + "/episodes", "{\"start\":\"" + LocalDate.now() + "\"}",
					"/sessions/" + this.session + "/links", "{}", "/signals/" + this.signal + "/acknowledge", "{}",
					"/signals/" + this.signal + "/actions", "{\"step\":\"explore-barrier\"}",
					"/signals/" + this.signal + "/resolve", "{\"outcome\":\"x\"}");
			writes.forEach((path, body) -> assertThat(this.api.post("/api/v1" + path, token, body).status()).as(path)
				.isIn(403, 404));
			Reply submitted = this.api.post("/api/v1/sessions/" + this.session + "/responses", token, PHQ9, this.key);
			assertThat(submitted.status()).isEqualTo(refusal);
			assertThat(submitted.body()).doesNotContain(this.response);
		}
		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	void noListNamesAnotherTherapistsOrAnotherClinicsRecords() {
		for (String token : List.of(this.clinic.otherTherapist().token(), this.elsewhere.admin().token(),
				this.elsewhere.supervisor().token())) {
			for (String path : List.of("/api/v1/clients", "/api/v1/signals", "/api/v1/signals/overdue?days=0")) {
				Reply list = this.api.get(path, token);
				assertThat(list.body()).as(path).doesNotContain(this.client, this.signal, this.response);
			}
		}
		assertThat(this.api.get("/api/v1/clients", this.clinic.supervisor().token()).body()).contains(this.client);
	}

	@Test
	void anIdempotencyKeyFromAnotherUserOrClinicReturnsNothingOfTheFirstSubmission() {
		for (TestClinic.Person person : List.of(this.clinic.otherTherapist(), this.elsewhere.therapist())) {
			CurrentUser user = person.account().asCurrentUser();
			Client own = this.caseload.admit(user, "K-" + UUID.randomUUID(), person.email(), LocalDate.now());
			String ownSession = this.caseload.recordSession(user, own.id(), 1, LocalDate.now(), Attendance.ATTENDED)
				.id()
				.toString();
			Reply reply = this.api.post("/api/v1/sessions/" + ownSession + "/responses", person.token(), PHQ9,
					this.key);
			assertThat(reply.status()).isEqualTo(201);
			assertThat(reply.header("Idempotency-Replayed")).isEqualTo("false");
			assertThat(reply.id()).isNotEqualTo(this.response);
			assertThat(this.jdbc.queryForObject("select client_id from response where id = ?", String.class,
					UUID.fromString(reply.id())))
				.isEqualTo(own.id().toString());
		}
	}

	@Test
	void noPageShowsOrChangesAnotherTherapistsOrAnotherClinicsRecords() {
		String before = fingerprint();
		for (TestClinic.Person person : List.of(this.clinic.otherTherapist(), this.elsewhere.supervisor())) {
			PageSession pages = PageSession.signIn(this.port, person.email(), TestClinic.PASSWORD);
			for (String path : List.of("/clients/" + this.client, "/clients/" + this.client + "/brief",
					"/signals/" + this.signal)) {
				Page page = pages.get(path);
				assertThat(page.status()).as(path).isEqualTo(404);
				assertThat(page.body()).doesNotContain(this.client + "\"");
			}
			assertThat(pages.get("/clients").body()).doesNotContain(this.client);
			assertThat(pages.get("/inbox").body()).doesNotContain(this.signal);
			assertThat(pages
				.post("/clients/" + this.client + "/sessions",
						Map.of("number", "2", "date", LocalDate.now().toString(), "attendance", "attended"))
				.status()).isEqualTo(404);
			assertThat(pages.post("/clients/" + this.client + "/sessions/" + this.session + "/link", Map.of()).status())
				.isEqualTo(404);
			assertThat(pages.post("/signals/" + this.signal + "/acknowledge", Map.of()).status()).isEqualTo(404);
		}
		assertThat(fingerprint()).isEqualTo(before);
	}

	/**
	 * What strangers must not change: the client's sessions, episodes, links, signal and
	 * responses.
	 */
	private String fingerprint() {
		UUID id = UUID.fromString(this.client);
		return this.jdbc.queryForObject("select count(*) from care_session where client_id = ?", Integer.class, id)
				+ "/"
				+ this.jdbc.queryForObject("select count(*) from episode where client_id = ? and end_date is null",
						Integer.class, id)
				+ "/"
				+ this.jdbc.queryForObject("select count(*) from client_link where client_id = ?", Integer.class, id)
				+ "/"
				+ this.jdbc.queryForObject("select status from signal where id = ?", String.class,
						UUID.fromString(this.signal))
				+ "/"
				+ this.jdbc.queryForObject("select count(*) from response where client_id = ?", Integer.class, id);
	}

}
