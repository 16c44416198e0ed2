package org.alliance.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.alliance.ApiClient;
import org.alliance.ApiClient.Reply;
import org.alliance.TestClinic;
import org.alliance.security.ApiTokens;
import org.alliance.security.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON API's contract, over a real port. Run against H2 and PostgreSQL by the
 * subclasses. Expected scores come from the PHQ-9 manual (Kroenke, Spitzer &amp; Williams
 * 2001): total = sum of nine items scored 0–3; 10–14 is moderate depression.
 */
abstract class ApiContractTests {

	private static final String PHQ9_TEN = """
			{"instrument":"phq9","respondent":"client","answers":{"1":2,"2":1,"3":3,"4":0,"5":1,"6":2,"7":0,"8":1,"9":0}}""";

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcTemplate jdbc;

	TestClinic clinic;

	ApiClient api;

	@BeforeEach
	void openClinic() {
		this.clinic = TestClinic.create(this.accounts, this.tokens);
		this.api = new ApiClient(this.port);
	}

	@Test
	void listsInstrumentsWithItemsAndMarksWaiSrAsNeedingLicensedText() {
		Reply reply = this.api.get("/api/v1/instruments", this.clinic.therapist().token());
		assertThat(reply.status()).isEqualTo(200);
		JsonNode phq9 = instrument(reply.json(), "phq9");
		assertThat(phq9.get("respondent").asString()).isEqualTo("client");
		List<String> scored = new ArrayList<>();
		phq9.get("items").forEach((item) -> {
			if (item.get("required").asBoolean()) {
				scored.add(item.get("id").asString());
				assertThat(item.get("min").asInt()).isZero();
				assertThat(item.get("max").asInt()).isEqualTo(3);
			}
		});
		assertThat(scored).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9");
		assertThat(instrument(reply.json(), "wai-sr").get("availability").asString()).isEqualTo("needs licensed text");
		assertThat(instrument(reply.json(), "alliance-check").get("validated").asBoolean()).isFalse();
	}

	@Test
	void storesAScoredResponseAndListsTheClientsResponsesOldestFirst() {
		String client = admit(this.clinic.therapist());
		String first = session(this.clinic.therapist(), client, 1);
		String second = session(this.clinic.therapist(), client, 2);
		Reply stored = submit(this.clinic.therapist(), first, PHQ9_TEN, "k-" + UUID.randomUUID());
		assertThat(stored.status()).isEqualTo(201);
		assertThat(stored.json().get("scores").get("total").asDouble()).isEqualTo(10.0);
		assertThat(stored.json().get("scores").get("band").asString()).isEqualToIgnoringCase("moderate");
		submit(this.clinic.therapist(), second, """
				{"instrument":"gad7","respondent":"client","answers":{"1":3,"2":3,"3":3,"4":3,"5":3,"6":3,"7":3}}""",
				"k-" + UUID.randomUUID());

		Reply listed = this.api.get("/api/v1/clients/" + client + "/responses", this.clinic.therapist().token());
		assertThat(listed.status()).isEqualTo(200);
		JsonNode responses = listed.json();
		assertThat(responses).hasSize(2);
		assertThat(responses.get(0).get("id").asString()).isEqualTo(stored.id());
		assertThat(responses.get(0).get("answers").get("3").asInt()).isEqualTo(3);
		assertThat(responses.get(1).get("instrument").asString()).isEqualTo("gad7");
		// GAD-7 manual (Spitzer et al. 2006): 7 items 0-3, total 21, 15-21 severe.
		assertThat(responses.get(1).get("scores").get("total").asDouble()).isEqualTo(21.0);
		assertThat(responses.get(1).get("scores").get("band").asString()).isEqualToIgnoringCase("severe");
	}

	@Test
	void theSameIdempotencyKeyReturnsTheSameIdAndStoresNothingNew() {
		String client = admit(this.clinic.therapist());
		String session = session(this.clinic.therapist(), client, 1);
		String key = "retry-" + UUID.randomUUID();
		Reply first = submit(this.clinic.therapist(), session, PHQ9_TEN, key);
		Reply again = submit(this.clinic.therapist(), session, PHQ9_TEN, key);
		assertThat(again.status()).isEqualTo(201);
		assertThat(again.id()).isEqualTo(first.id());
		assertThat(again.json().get("scores").get("total").asDouble()).isEqualTo(10.0);
		assertThat(storedResponses(client)).isEqualTo(1);
	}

	@Test
	void concurrentRetriesWithOneIdempotencyKeyStoreOneResponse() throws Exception {
		String client = admit(this.clinic.therapist());
		String session = session(this.clinic.therapist(), client, 1);
		String key = "race-" + UUID.randomUUID();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Reply>> replies = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				replies.add(pool.submit(() -> submit(this.clinic.therapist(), session, PHQ9_TEN, key)));
			}
			Set<String> ids = new HashSet<>();
			for (Future<Reply> reply : replies) {
				assertThat(reply.get().status()).isEqualTo(201);
				ids.add(reply.get().id());
			}
			assertThat(ids).hasSize(1);
		}
		finally {
			pool.shutdown();
		}
		assertThat(storedResponses(client)).isEqualTo(1);
	}

	/**
	 * One answer per session and measure holds under concurrency: requests with keys of
	 * their own, sent at once, store one response and are refused naming it.
	 */
	@Test
	void concurrentAnswersToOneSessionStoreOneAndRefuseTheRestNamingIt() throws Exception {
		String client = admit(this.clinic.therapist());
		String session = session(this.clinic.therapist(), client, 1);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Reply> replies = new ArrayList<>();
		try {
			List<Future<Reply>> sent = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				sent.add(pool
					.submit(() -> submit(this.clinic.therapist(), session, PHQ9_TEN, "each-" + UUID.randomUUID())));
			}
			for (Future<Reply> reply : sent) {
				replies.add(reply.get());
			}
		}
		finally {
			pool.shutdown();
		}
		List<Reply> stored = replies.stream().filter((r) -> r.status() == 201).toList();
		assertThat(stored).hasSize(1);
		assertThat(replies.stream().filter((r) -> r.status() == 409).toList()).hasSize(7)
			.allSatisfy((refused) -> assertThat(refused.json().get("existingResponse").asString())
				.isEqualTo(stored.get(0).id()));
		assertThat(storedResponses(client)).isEqualTo(1);
	}

	/**
	 * The database itself holds one current answer per session, measure and respondent,
	 * whatever code writes to it; versions a correction superseded are kept beside it.
	 */
	@Test
	void theDatabaseRefusesASecondCurrentAnswerForASessionAndKeepsSupersededOnes() {
		String client = admit(this.clinic.therapist());
		String session = session(this.clinic.therapist(), client, 1);
		assertThat(submit(this.clinic.therapist(), session, PHQ9_TEN, "k-" + UUID.randomUUID()).status())
			.isEqualTo(201);
		String insert = "insert into response (id, clinic_id, client_id, session_id, instrument_code, respondent,"
				+ " submitted_by, submitted_at, total, current_for_session) values (?, ?, ?, ?, 'phq9', 'client',"
				+ " 'direct', current_timestamp, 0, ?)";
		UUID sessionId = UUID.fromString(session);
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.jdbc.update(insert, UUID.randomUUID(), this.clinic.id(),
					UUID.fromString(client), sessionId, sessionId))
			.isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
		this.jdbc.update(insert, UUID.randomUUID(), this.clinic.id(), UUID.fromString(client), sessionId, null);
		assertThat(storedResponses(client)).isEqualTo(2);
	}

	@Test
	void aKeyAnotherTherapistUsedStoresTheCallersOwnResponseAndShowsNothingOfTheFirst() {
		String mine = admit(this.clinic.therapist());
		String theirs = admit(this.clinic.otherTherapist());
		String key = "shared-" + UUID.randomUUID();
		Reply first = submit(this.clinic.therapist(), session(this.clinic.therapist(), mine, 1), PHQ9_TEN, key);
		// PHQ-9 manual: nine items of 3 sum to 27, severe (20-27).
		Reply second = submit(this.clinic.otherTherapist(), session(this.clinic.otherTherapist(), theirs, 1),
				"""
						{"instrument":"phq9","respondent":"client","answers":{"1":3,"2":3,"3":3,"4":3,"5":3,"6":3,"7":3,"8":3,"9":3}}""",
				key);
		assertThat(second.status()).isEqualTo(201);
		assertThat(second.header("Idempotency-Replayed")).isEqualTo("false");
		assertThat(second.id()).isNotEqualTo(first.id());
		assertThat(second.json().get("scores").get("total").asDouble()).isEqualTo(27.0);
		assertThat(storedResponses(mine)).isEqualTo(1);
		assertThat(storedResponses(theirs)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where actor = ? and action = 'CREATE'"
						+ " and resource_type = 'response' and resource_id = ?",
				Integer.class, this.clinic.otherTherapist().email(), second.id()))
			.isEqualTo(1);
	}

	@Test
	void theSameKeyForADifferentRequestIsRefusedNamingTheKeyAndStoresNothing() {
		String client = admit(this.clinic.therapist());
		String first = session(this.clinic.therapist(), client, 1);
		String second = session(this.clinic.therapist(), client, 2);
		String key = "reused-" + UUID.randomUUID();
		assertThat(submit(this.clinic.therapist(), first, PHQ9_TEN, key).status()).isEqualTo(201);
		Reply otherAnswers = submit(this.clinic.therapist(), first, PHQ9_TEN.replace("\"9\":0", "\"9\":1"), key);
		assertThat(otherAnswers.status()).isEqualTo(422);
		assertThat(fields(otherAnswers)).containsExactly("Idempotency-Key");
		Reply otherSession = submit(this.clinic.therapist(), second, PHQ9_TEN, key);
		assertThat(otherSession.status()).isEqualTo(422);
		assertThat(fields(otherSession)).containsExactly("Idempotency-Key");
		Reply replay = submit(this.clinic.therapist(), first, PHQ9_TEN, key);
		assertThat(replay.status()).isEqualTo(201);
		assertThat(replay.header("Idempotency-Replayed")).isEqualTo("true");
		assertThat(storedResponses(client)).isEqualTo(1);
	}

	@Test
	void badAnswersAreRefusedNamingEachFieldAndNothingIsStored() {
		String client = admit(this.clinic.therapist());
		String session = session(this.clinic.therapist(), client, 1);
		Reply reply = submit(this.clinic.therapist(), session,
				"""
						{"instrument":"phq9","respondent":"client","answers":{"1":2,"2":1,"3":7,"4":0,"5":1,"6":2,"7":0,"8":1}}""",
				"k-" + UUID.randomUUID());
		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		assertThat(fields(reply)).contains("answers.3", "answers.9");
		assertThat(storedResponses(client)).isZero();
	}

	@Test
	void anUnknownInstrumentAndAWrongRespondentAreNamed() {
		String client = admit(this.clinic.therapist());
		String session = session(this.clinic.therapist(), client, 1);
		Reply unknown = submit(this.clinic.therapist(), session,
				"{\"instrument\":\"phq-10\",\"respondent\":\"client\",\"answers\":{\"1\":1}}",
				"k-" + UUID.randomUUID());
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(fields(unknown)).contains("instrument");
		Reply wrong = submit(this.clinic.therapist(), session, PHQ9_TEN.replace("\"client\"", "\"therapist\""),
				"k-" + UUID.randomUUID());
		assertThat(wrong.status()).isEqualTo(422);
		assertThat(fields(wrong)).containsExactly("respondent");
		assertThat(storedResponses(client)).isZero();
	}

	@Test
	void malformedJsonAndAMissingIdempotencyKeyAreBadRequests() {
		String client = admit(this.clinic.therapist());
		String session = session(this.clinic.therapist(), client, 1);
		Reply broken = submit(this.clinic.therapist(), session, "{\"instrument\": ", "k-" + UUID.randomUUID());
		assertThat(broken.status()).isEqualTo(400);
		assertThat(broken.contentType()).startsWith("application/problem+json");
		Reply noKey = this.api.post("/api/v1/sessions/" + session + "/responses", this.clinic.therapist().token(),
				PHQ9_TEN);
		assertThat(noKey.status()).isEqualTo(400);
		assertThat(fields(noKey)).containsExactly("Idempotency-Key");
		assertThat(storedResponses(client)).isZero();
	}

	@Test
	void anotherTherapistsSessionIsNotFoundAndNothingIsStored() {
		String client = admit(this.clinic.therapist());
		String session = session(this.clinic.therapist(), client, 1);
		Reply reply = submit(this.clinic.otherTherapist(), session, PHQ9_TEN, "k-" + UUID.randomUUID());
		assertThat(reply.status()).isEqualTo(404);
		assertThat(fields(reply)).containsExactly("id");
		assertThat(storedResponses(client)).isZero();
		assertThat(
				this.api.get("/api/v1/clients/" + client + "/responses", this.clinic.otherTherapist().token()).status())
			.isEqualTo(404);
	}

	@Test
	void therapistsSeeTheirOwnClientsSupervisorsTheirClinicAndNobodyAnotherClinic() {
		String mine = admit(this.clinic.therapist());
		String theirs = admit(this.clinic.otherTherapist());
		TestClinic elsewhere = TestClinic.create(this.accounts, this.tokens);

		assertThat(clientIds(this.clinic.therapist())).containsExactly(mine);
		assertThat(clientIds(this.clinic.supervisor())).containsExactlyInAnyOrder(mine, theirs);
		assertThat(clientIds(elsewhere.supervisor())).isEmpty();
		assertThat(this.api.get("/api/v1/clients/" + mine, elsewhere.supervisor().token()).status()).isEqualTo(404);
		// An admin account reads no clinical record of any clinic: refused for its role,
		// before any lookup, so the answer says nothing about the client.
		assertThat(this.api.get("/api/v1/clients/" + mine, elsewhere.admin().token()).status()).isEqualTo(403);
		assertThat(this.api.get("/api/v1/clients/" + mine, this.clinic.admin().token()).status()).isEqualTo(403);
	}

	@Test
	void aTherapistCannotTakeOnClientsForAnotherTherapist() {
		Reply reply = this.api.post("/api/v1/clients", this.clinic.therapist().token(), "{\"pseudonym\":\"P-"
				+ UUID.randomUUID() + "\",\"therapist\":\"" + this.clinic.otherTherapist().email() + "\"}");
		assertThat(reply.status()).isEqualTo(403);
		assertThat(fields(reply)).containsExactly("therapist");
	}

	@Test
	void badSessionsAreRefusedNamingTheirFields() {
		String client = admit(this.clinic.therapist());
		Reply reply = this.api.post("/api/v1/clients/" + client + "/sessions", this.clinic.therapist().token(),
				"{\"number\":0,\"date\":\"2026-11-02\",\"attendance\":\"attended\"}");
		assertThat(reply.status()).isEqualTo(422);
		assertThat(fields(reply)).containsExactly("number");
		Reply attendance = this.api.post("/api/v1/clients/" + client + "/sessions", this.clinic.therapist().token(),
				"{\"number\":1,\"date\":\"2026-11-02\",\"attendance\":\"maybe\"}");
		assertThat(fields(attendance)).containsExactly("attendance");
		Reply date = this.api.post("/api/v1/clients/" + client + "/sessions", this.clinic.therapist().token(),
				"{\"number\":1,\"date\":\"2026-13-45\",\"attendance\":\"attended\"}");
		assertThat(date.status()).isEqualTo(400);
		assertThat(fields(date)).containsExactly("date");
	}

	@Test
	void withoutATokenTheApiAnswers401AsAProblem() {
		Reply reply = this.api.get("/api/v1/clients", null);
		assertThat(reply.status()).isEqualTo(401);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		assertThat(this.api.get("/api/v1/clients", "alc_not-a-token").status()).isEqualTo(401);
	}

	@Test
	void everyReadAndWriteOfClinicalDataIsAudited() {
		String client = admit(this.clinic.therapist());
		String session = session(this.clinic.therapist(), client, 1);
		Reply stored = submit(this.clinic.therapist(), session, PHQ9_TEN, "k-" + UUID.randomUUID());
		this.api.get("/api/v1/clients/" + client + "/responses", this.clinic.therapist().token());

		List<String> trail = this.jdbc.queryForList(
				"select action || ' ' || resource_type || ' ' || coalesce(resource_id, '-') from audit_event"
						+ " where clinic_id = ? and actor = ? order by id",
				String.class, this.clinic.id(), this.clinic.therapist().email());
		assertThat(trail).contains("CREATE client " + client, "CREATE session " + session,
				"CREATE response " + stored.id(), "READ response-list " + client);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where remote_address is null" + " and clinic_id = ?", Integer.class,
				this.clinic.id()))
			.isZero();
	}

	@Test
	void aPersonalLinkOpensTheClientsFormWithoutAnAccount() {
		String client = admit(this.clinic.therapist());
		String session = session(this.clinic.therapist(), client, 1);
		Reply link = this.api.post("/api/v1/sessions/" + session + "/links", this.clinic.therapist().token(),
				"{\"instruments\":[\"phq9\"]}");
		assertThat(link.status()).isEqualTo(201);
		String path = link.json().get("path").asString();
		assertThat(path).startsWith("/r/");
		Reply page = this.api.get(path, null);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Little interest or pleasure in doing things");
		assertThat(this.api.get("/r/not-a-real-token", null).status()).isEqualTo(404);
		Reply therapistForm = this.api.post("/api/v1/sessions/" + session + "/links", this.clinic.therapist().token(),
				"{\"instruments\":[\"alliance-check-t\"]}");
		assertThat(therapistForm.status()).isEqualTo(422);
		assertThat(fields(therapistForm)).containsExactly("instruments[0]");
	}

	@Test
	void anExpiredPersonalLinkNoLongerOpens() {
		String client = admit(this.clinic.therapist());
		String session = session(this.clinic.therapist(), client, 1);
		String path = this.api.post("/api/v1/sessions/" + session + "/links", this.clinic.therapist().token(), "{}")
			.json()
			.get("path")
			.asString();
		assertThat(this.api.get(path, null).status()).isEqualTo(200);
		this.jdbc.update("update client_link set expires_at = ? where session_id = ?",
				java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), UUID.fromString(session));
		assertThat(this.api.get(path, null).status()).isEqualTo(404);
	}

	@Test
	void theOpenApiDescriptionNamesTheEndpoints() {
		assertThat(this.api.get("/v3/api-docs", null).status()).isEqualTo(302);
		Reply reply = this.api.get("/v3/api-docs", this.clinic.therapist().token());
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body()).contains("/api/v1/sessions/{id}/responses", "/api/v1/clients", "/api/v1/instruments");
		JsonNode description = reply.json();
		assertThat(description.get("info").get("title").asString()).isEqualTo("Alliance API");
		assertThat(description.get("components").get("securitySchemes").get("bearer").get("scheme").asString())
			.isEqualTo("bearer");
		// The signed-in user comes from the token, never from a query parameter.
		JsonNode listClients = description.get("paths").get("/api/v1/clients").get("get");
		assertThat(listClients.has("parameters") ? listClients.get("parameters").toString() : "")
			.doesNotContain("\"user\"");
	}

	@Test
	void formsWithoutACsrfTokenAreRefused() {
		Reply reply = this.api.postForm("/login",
				"username=" + this.clinic.therapist().email() + "&password=" + TestClinic.PASSWORD);
		assertThat(reply.status()).isEqualTo(403);
	}

	/**
	 * Issue #8: the clinic norms each session was first judged with are frozen with it,
	 * once, whatever evaluates the client again.
	 */
	@Test
	void aClientsRatedSessionsHaveTheClinicNormsTheyWereJudgedWithFrozenOnce() throws Exception {
		TestClinic.Person therapist = this.clinic.therapist();
		String client = admit(therapist);
		int[] ratings = { 4, 5, 4 };
		for (int number = 1; number <= ratings.length; number++) {
			String answers = "\"1\":" + ratings[number - 1] + ",\"2\":4,\"3\":4,\"4\":4,\"5\":4,\"6\":4,\"7\":4";
			assertThat(submit(therapist, session(therapist, client, number),
					"{\"instrument\":\"alliance-check\",\"respondent\":\"client\",\"answers\":{" + answers + "}}",
					UUID.randomUUID().toString())
				.status()).isEqualTo(201);
		}
		String frozen = "select count(distinct session_number) from alliance_norm_at_session n join episode e"
				+ " on e.id = n.episode_id where e.client_id = ?";
		int sessions = 0;
		for (int attempt = 0; attempt < 50 && sessions < 3; attempt++) {
			Thread.sleep(100);
			sessions = this.jdbc.queryForObject(frozen, Integer.class, UUID.fromString(client));
		}
		assertThat(sessions).isEqualTo(3);
		// Every scale of the alliance check once: total, bond, task, goal and empathy.
		assertThat(this.jdbc.queryForObject(
				"select count(*) from alliance_norm_at_session n join episode e"
						+ " on e.id = n.episode_id where e.client_id = ? and n.session_number = 1",
				Integer.class, UUID.fromString(client)))
			.isEqualTo(5);
	}

	private String admit(TestClinic.Person therapist) {
		Reply reply = this.api.post("/api/v1/clients", therapist.token(),
				"{\"pseudonym\":\"P-" + UUID.randomUUID() + "\",\"therapist\":\"" + therapist.email() + "\"}");
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return reply.id();
	}

	private String session(TestClinic.Person therapist, String client, int number) {
		Reply reply = this.api.post("/api/v1/clients/" + client + "/sessions", therapist.token(),
				"{\"number\":" + number + ",\"date\":\"" + LocalDate.now() + "\",\"attendance\":\"attended\"}");
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return reply.id();
	}

	private Reply submit(TestClinic.Person person, String session, String json, String key) {
		return this.api.post("/api/v1/sessions/" + session + "/responses", person.token(), json, key);
	}

	private int storedResponses(String client) {
		return this.jdbc.queryForObject("select count(*) from response where client_id = ?", Integer.class,
				UUID.fromString(client));
	}

	private List<String> clientIds(TestClinic.Person person) {
		List<String> ids = new ArrayList<>();
		this.api.get("/api/v1/clients", person.token()).json().forEach((c) -> ids.add(c.get("id").asString()));
		return ids;
	}

	private static List<String> fields(Reply reply) {
		List<String> fields = new ArrayList<>();
		reply.json().get("errors").forEach((e) -> fields.add(e.get("field").asString()));
		return fields;
	}

	private static JsonNode instrument(JsonNode all, String code) {
		for (JsonNode instrument : all) {
			if (instrument.get("code").asString().equals(code)) {
				return instrument;
			}
		}
		throw new AssertionError("No instrument " + code);
	}

}
