package org.alliance.signal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.alliance.ApiClient;
import org.alliance.ApiClient.Reply;
import org.alliance.TestClinic;
import org.alliance.TestDatabases;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.security.ApiTokens;
import org.alliance.security.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox over a real port: who sees which signals, the closed loop with who and when,
 * and the supervisor's view of signals left unacknowledged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignalInboxApiTests {

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Caseload caseload;

	@Autowired
	SignalInbox inbox;

	@Autowired
	JdbcTemplate jdbc;

	TestClinic clinic;

	ApiClient api;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

	@BeforeEach
	void openClinic() {
		this.clinic = TestClinic.create(this.accounts, this.tokens);
		this.api = new ApiClient(this.port);
	}

	@Test
	void aFindingOfASessionLongPastIsRecordedAsHistoryButARiskAnswerAlwaysOpens() {
		UUID client = client(this.clinic.therapist());
		UUID therapist = this.clinic.therapist().account().id();
		LocalDate today = LocalDate.now();
		String old = "rupture:" + client + ":old";
		this.inbox.raise(new NewSignal(this.clinic.id(), client, therapist, null, "rupture", old,
				"Alliance fell sharply at session 3", "{}", today.minusDays(29)));
		this.inbox.raise(new NewSignal(this.clinic.id(), client, therapist, null, "rupture",
				"rupture:" + client + ":new", "Alliance fell sharply at session 7", "{}", today.minusDays(27)));
		this.inbox.raise(new NewSignal(this.clinic.id(), client, therapist, null, "risk", "risk:" + client,
				"Risk at session 1", "{}", today.minusYears(1)));
		List<String> inInbox = new ArrayList<>();
		this.api.get("/api/v1/signals", this.clinic.therapist().token())
			.json()
			.forEach((s) -> inInbox.add(s.get("summary").asString() + " on " + s.get("sessionDate").asString() + " "
					+ s.get("status").asString()));
		assertThat(inInbox).containsExactly("Risk at session 1 on " + today.minusYears(1) + " open",
				"Alliance fell sharply at session 7 on " + today.minusDays(27) + " open");
		UUID history = this.jdbc.queryForObject("select id from signal where source_key = ?", UUID.class, old);
		Reply recorded = this.api.get("/api/v1/signals/" + history, this.clinic.therapist().token());
		assertThat(recorded.json().get("status").asString()).isEqualTo("history");
		assertThat(recorded.json().get("sessionDate").asString()).isEqualTo(today.minusDays(29).toString());
		assertThat(this.api.post("/api/v1/signals/" + history + "/acknowledge", this.clinic.therapist().token(), "")
			.status()).isEqualTo(409);
	}

	@Test
	void theTherapistWorksASignalThroughItsLoopAndOthersCannot() {
		UUID signal = raiseFor(this.clinic.therapist());
		assertThat(ids(this.clinic.therapist())).containsExactly(signal.toString());
		assertThat(ids(this.clinic.otherTherapist())).isEmpty();
		assertThat(ids(this.clinic.supervisor())).contains(signal.toString());

		String token = this.clinic.therapist().token();
		Reply early = this.api.post("/api/v1/signals/" + signal + "/actions", token,
				"{\"step\":\"explore-barrier\",\"note\":\"n\"}");
		assertThat(early.status()).isEqualTo(409);
		assertThat(
				this.api.post("/api/v1/signals/" + signal + "/acknowledge", this.clinic.otherTherapist().token(), "{}")
					.status())
			.isEqualTo(404);

		Reply acknowledged = this.api.post("/api/v1/signals/" + signal + "/acknowledge", token, "{}");
		assertThat(acknowledged.json().get("status").asString()).isEqualTo("acknowledged");
		assertThat(acknowledged.json().get("acknowledgedBy").asString()).isEqualTo(this.clinic.therapist().email());
		Reply acted = this.api.post("/api/v1/signals/" + signal + "/actions", token,
				"{\"step\":\"acknowledge-and-validate\",\"note\":\"Named the frustration about homework\"}");
		assertThat(acted.json().get("status").asString()).isEqualTo("action-recorded");
		assertThat(acted.json().get("actions").get(0).get("note").asString())
			.isEqualTo("Named the frustration about homework");
		Reply resolved = this.api.post("/api/v1/signals/" + signal + "/resolve", token,
				"{\"outcome\":\"repaired at session 6\"}");
		assertThat(resolved.json().get("status").asString()).isEqualTo("resolved");
		assertThat(resolved.json().get("resolvedAt").isNull()).isFalse();
	}

	@Test
	void aSignalWithNoStepIsResolvedOnlyWithAReasonAndSupervisorsSeeTheFalseAlarmShare() {
		String token = this.clinic.therapist().token();
		UUID first = raiseFor(this.clinic.therapist());
		UUID second = raiseFor(this.clinic.therapist());
		for (UUID signal : List.of(first, second)) {
			this.api.post("/api/v1/signals/" + signal + "/acknowledge", token, "{}");
		}
		Reply bare = this.api.post("/api/v1/signals/" + first + "/resolve", token, "{\"outcome\":\"nothing to do\"}");
		assertThat(bare.status()).isEqualTo(422);
		assertThat(bare.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
		Reply unknown = this.api.post("/api/v1/signals/" + first + "/resolve", token, "{\"reason\":\"bored\"}");
		assertThat(unknown.status()).isEqualTo(422);
		Reply other = this.api.post("/api/v1/signals/" + first + "/resolve", token, "{\"reason\":\"other\"}");
		assertThat(other.json().get("errors").get(0).get("field").asString()).isEqualTo("outcome");
		Reply falseAlarm = this.api.post("/api/v1/signals/" + first + "/resolve", token,
				"{\"reason\":\"false-alarm\"}");
		assertThat(falseAlarm.status()).isEqualTo(200);
		assertThat(falseAlarm.json().get("resolutionReason").asString()).isEqualTo("false-alarm");
		this.api.post("/api/v1/signals/" + second + "/actions", token, "{\"step\":\"explore-barrier\"}");
		assertThat(
				this.api.post("/api/v1/signals/" + second + "/resolve", token, "{\"outcome\":\"repaired\"}").status())
			.isEqualTo(200);

		// One of two resolved rupture signals was a false alarm: a share of 1/2.
		Reply share = this.api.get("/api/v1/signals/false-alarms", this.clinic.supervisor().token());
		assertThat(share.json().get("rupture").get("resolved").asInt()).isEqualTo(2);
		assertThat(share.json().get("rupture").get("falseAlarms").asInt()).isEqualTo(1);
		assertThat(this.api.get("/api/v1/signals/false-alarms", token).status()).isEqualTo(403);
	}

	@Test
	void raisingTheSameFindingTwiceRaisesOneSignal() {
		UUID client = client(this.clinic.therapist());
		NewSignal finding = finding(client, "rupture:" + client + ":5:strauss");
		assertThat(this.inbox.raise(finding)).isTrue();
		assertThat(this.inbox.raise(finding)).isFalse();
		assertThat(ids(this.clinic.therapist())).hasSize(1);
	}

	@Test
	void aSupervisorSeesSignalsLeftUnacknowledgedTooLong() {
		UUID old = raiseFor(this.clinic.therapist());
		UUID recent = raiseFor(this.clinic.therapist());
		this.jdbc.update("update signal set raised_at = raised_at - interval '5' day where id = ?", old);

		Reply overdue = this.api.get("/api/v1/signals/overdue?days=3", this.clinic.supervisor().token());
		List<String> ids = new ArrayList<>();
		overdue.json().forEach((s) -> ids.add(s.get("id").asString()));
		assertThat(ids).contains(old.toString()).doesNotContain(recent.toString());
		assertThat(this.api.get("/api/v1/signals/overdue", this.clinic.therapist().token()).status()).isEqualTo(403);
	}

	private UUID raiseFor(TestClinic.Person therapist) {
		UUID client = client(therapist);
		String key = "rupture:" + client + ":" + UUID.randomUUID();
		this.inbox.raise(finding(client, key));
		return this.jdbc.queryForObject("select id from signal where source_key = ?", UUID.class, key);
	}

	private NewSignal finding(UUID client, String key) {
		UUID therapist = this.jdbc.queryForObject("select therapist_id from client where id = ?", UUID.class, client);
		return new NewSignal(this.clinic.id(), client, therapist, null, "rupture", key,
				"Bond fell 2.1 SD below the client's own level at session 5", "{\"subscale\":\"bond\"}");
	}

	private UUID client(TestClinic.Person therapist) {
		Client client = this.caseload.admit(therapist.account().asCurrentUser(), "S-" + UUID.randomUUID(),
				therapist.email(), LocalDate.now());
		return client.id();
	}

	private List<String> ids(TestClinic.Person person) {
		List<String> ids = new ArrayList<>();
		this.api.get("/api/v1/signals", person.token()).json().forEach((s) -> ids.add(s.get("id").asString()));
		return ids;
	}

}
