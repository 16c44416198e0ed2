package org.alliance.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.alliance.ApiClient;
import org.alliance.ApiClient.Reply;
import org.alliance.ServerOnH2;
import org.alliance.TestClinic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Strict binding: each value is accepted only in its own type and range, or refused
 * naming the field, and a refused request stores nothing. Concurrent creates are held by
 * the database's constraints and answered 409.
 */
class StrictInputTests extends ServerOnH2 {

	private TestClinic clinic;

	private ApiClient api;

	private String token;

	@BeforeEach
	void openClinic() {
		this.clinic = newClinic();
		this.api = new ApiClient(this.port);
		this.token = this.clinic.therapist().token();
	}

	@Test
	void anAnswerTooLargeForAnIntegerIsRefusedNotWrapped() {
		String client = admit();
		String session = session(client, 1);
		// 4294967297 = 2^32 + 1 would wrap to 1, and Long.MIN_VALUE to 0: both valid
		// PHQ-9 answers.
		for (String huge : List.of("4294967297", "-9223372036854775808", "18446744073709551617")) {
			Reply reply = submit(session, "{\"instrument\":\"phq9\",\"respondent\":\"client\",\"answers\":{\"1\":"
					+ huge + ",\"2\":1,\"3\":1,\"4\":1,\"5\":1,\"6\":1,\"7\":1,\"8\":1,\"9\":0}}");
			assertThat(reply.status()).as(huge).isEqualTo(422);
			assertThat(fields(reply)).contains("answers.1");
		}
		Reply fraction = submit(session, "{\"instrument\":\"phq9\",\"respondent\":\"client\",\"answers\":{\"1\":1.5,"
				+ "\"2\":1,\"3\":1,\"4\":1,\"5\":1,\"6\":1,\"7\":1,\"8\":1,\"9\":0}}");
		assertThat(fields(fraction)).contains("answers.1");
		Reply yes = submit(session, "{\"instrument\":\"phq9\",\"respondent\":\"client\",\"answers\":{\"1\":true,"
				+ "\"2\":1,\"3\":1,\"4\":1,\"5\":1,\"6\":1,\"7\":1,\"8\":1,\"9\":0}}");
		assertThat(fields(yes)).contains("answers.1");
		assertThat(count("response", client)).isZero();
	}

	@Test
	void aDateIsTakenOnlyAsAnIsoDateWithinTheClinicalRange() {
		String client = admit();
		// An integer would otherwise be read as a count of days since 1970.
		assertRefused(postSession(client, "{\"number\":1,\"date\":20000,\"attendance\":\"attended\"}"), "date");
		assertRefused(postSession(client, "{\"number\":1,\"date\":\"+999999999-12-31\",\"attendance\":\"attended\"}"),
				"date");
		assertRefused(postSession(client, "{\"number\":1,\"date\":\"999999999-01-01\",\"attendance\":\"attended\"}"),
				"date");
		assertRefused(postSession(client, "{\"number\":1,\"date\":\"1899-12-31\",\"attendance\":\"attended\"}"),
				"date");
		assertRefused(postSession(client, "{\"number\":1,\"date\":\"" + LocalDate.now().plusYears(2).plusDays(1)
				+ "\",\"attendance\":\"attended\"}"), "date");
		Reply impossible = postSession(client, "{\"number\":1,\"date\":\"2026-02-30\",\"attendance\":\"attended\"}");
		assertThat(impossible.status()).isEqualTo(400);
		assertRefused(impossible, "date");
		assertThat(count("care_session", client)).isZero();
		assertThat(
				postSession(client, "{\"number\":1,\"date\":\"" + LocalDate.now() + "\",\"attendance\":\"attended\"}")
					.status())
			.isEqualTo(201);
	}

	@Test
	void numbersAndBooleansAreNotTakenAsTextNorTextAsNumbers() {
		assertRefused(admitWith("{\"pseudonym\":123,\"therapist\":\"" + this.clinic.therapist().email() + "\"}"),
				"pseudonym");
		assertRefused(admitWith("{\"pseudonym\":true,\"therapist\":\"" + this.clinic.therapist().email() + "\"}"),
				"pseudonym");
		String client = admit();
		assertRefused(postSession(client, "{\"number\":\"2\",\"date\":\"2026-11-02\",\"attendance\":\"attended\"}"),
				"number");
		assertRefused(postSession(client, "{\"number\":1.5,\"date\":\"2026-11-02\",\"attendance\":\"attended\"}"),
				"number");
		assertRefused(
				postSession(client, "{\"number\":4294967297,\"date\":\"2026-11-02\",\"attendance\":\"attended\"}"),
				"number");
		assertRefused(postSession(client, "{\"number\":1,\"date\":\"2026-11-02\",\"attendance\":1}"), "attendance");
		assertThat(count("care_session", client)).isZero();
	}

	@Test
	void controlCharactersDuplicateNamesAndUnknownNamesAreRefused() {
		String email = this.clinic.therapist().email();
		assertRefused(
				admitWith("{\"pseudonym\":\"P\\u0000" + UUID.randomUUID() + "\",\"therapist\":\"" + email + "\"}"),
				"pseudonym");
		assertRefused(
				admitWith("{\"pseudonym\":\"P\\u001b[31m" + UUID.randomUUID() + "\",\"therapist\":\"" + email + "\"}"),
				"pseudonym");
		assertRefused(admitWith("{\"pseudonym\":\"A-" + UUID.randomUUID() + "\",\"pseudonym\":\"B-" + UUID.randomUUID()
				+ "\",\"therapist\":\"" + email + "\"}"), "pseudonym");
		assertRefused(admitWith("{\"pseudonym\":\"A-" + UUID.randomUUID() + "\",\"therapist\":\"" + email
				+ "\",\"pseudonymn\":\"typo\"}"), "pseudonymn");
		String client = admit();
		String session = session(client, 1);
		Reply nulInFeedback = submit(session,
				"{\"instrument\":\"alliance-check\",\"respondent\":\"client\",\"answers\":"
						+ "{\"1\":5,\"2\":5,\"3\":5,\"4\":5,\"5\":5,\"6\":5,\"7\":5,\"8\":\"more \\u0000 time\"}}");
		assertThat(nulInFeedback.status()).isBetween(400, 422);
		assertThat(fields(nulInFeedback)).contains("answers.8");
		Reply twice = submit(session, "{\"instrument\":\"phq9\",\"respondent\":\"client\",\"answers\":{\"1\":0,\"1\":3,"
				+ "\"2\":1,\"3\":1,\"4\":1,\"5\":1,\"6\":1,\"7\":1,\"8\":1,\"9\":0}}");
		assertThat(twice.status()).isEqualTo(400);
		assertThat(fields(twice)).containsExactly("answers.1");
		assertThat(count("response", client)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from client where clinic_id = ?", Integer.class,
				this.clinic.id()))
			.isEqualTo(1);
	}

	@Test
	void blankAndOverlongPseudonymsAndImpossibleSessionNumbersAreNamed() {
		String email = this.clinic.therapist().email();
		assertRefused(admitWith("{\"pseudonym\":\"   \",\"therapist\":\"" + email + "\"}"), "pseudonym");
		assertRefused(admitWith("{\"pseudonym\":\"" + "x".repeat(121) + "\",\"therapist\":\"" + email + "\"}"),
				"pseudonym");
		assertRefused(admitWith("{\"therapist\":\"" + email + "\"}"), "pseudonym");
		String client = admit();
		for (String number : List.of("0", "-5", "1001")) {
			assertRefused(
					postSession(client,
							"{\"number\":" + number + ",\"date\":\"2026-11-02\",\"attendance\":\"attended\"}"),
					"number");
		}
		assertRefused(postSession(client, "{\"date\":\"2026-11-02\",\"attendance\":\"attended\"}"), "number");
		assertRefused(postSession(client, "{\"number\":1,\"date\":\"2026-11-02\",\"attendance\":\"bogus\"}"),
				"attendance");
		assertThat(count("care_session", client)).isZero();
	}

	@Test
	void aWildcardContentTypeIsRefusedNamingIt() throws Exception {
		HttpResponse<String> reply = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v1/clients"))
				.header("Authorization", "Bearer " + this.token)
				.header("Content-Type", "*/*")
				.POST(HttpRequest.BodyPublishers.ofString("{\"pseudonym\":\"W-1\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(reply.statusCode()).isEqualTo(415);
		assertThat(reply.body()).contains("\"field\":\"Content-Type\"");
	}

	@Test
	void concurrentCreatesAreHeldByTheDatabaseAndAnswered409() throws Exception {
		String client = admit();
		this.api.post("/api/v1/clients/" + client + "/episodes/current/end", this.token,
				"{\"date\":\"" + LocalDate.now() + "\",\"reason\":\"planned\"}");
		List<Reply> episodes = eightAtOnce(() -> this.api.post("/api/v1/clients/" + client + "/episodes", this.token,
				"{\"start\":\"" + LocalDate.now() + "\"}"));
		assertThat(episodes).filteredOn((r) -> r.status() == 201).hasSize(1);
		assertThat(episodes).allMatch((r) -> r.status() == 201 || r.status() == 409 || r.status() == 422);
		assertThat(this.jdbc.queryForObject("select count(*) from episode where client_id = ? and end_date is null",
				Integer.class, UUID.fromString(client)))
			.isEqualTo(1);

		List<Reply> sessions = eightAtOnce(() -> postSession(client,
				"{\"number\":1,\"date\":\"" + LocalDate.now() + "\",\"attendance\":\"attended\"}"));
		assertThat(sessions).filteredOn((r) -> r.status() == 201).hasSize(1);
		assertThat(sessions).allMatch((r) -> r.status() == 201 || r.status() == 409 || r.status() == 422);

		String pseudonym = "Same-" + UUID.randomUUID();
		List<Reply> admissions = eightAtOnce(() -> admitWith(
				"{\"pseudonym\":\"" + pseudonym + "\",\"therapist\":\"" + this.clinic.therapist().email() + "\"}"));
		assertThat(admissions).filteredOn((r) -> r.status() == 201).hasSize(1);
		assertThat(admissions).allMatch((r) -> r.status() == 201 || r.status() == 409 || r.status() == 422);
		assertThat(admissions).filteredOn((r) -> r.status() != 201)
			.allSatisfy((r) -> assertThat(fields(r)).containsExactly("pseudonym"));
	}

	private List<Reply> eightAtOnce(Callable<Reply> request) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Reply>> futures = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				futures.add(pool.submit(request));
			}
			List<Reply> replies = new ArrayList<>();
			for (Future<Reply> future : futures) {
				replies.add(future.get());
			}
			return replies;
		}
		finally {
			pool.shutdown();
		}
	}

	private void assertRefused(Reply reply, String field) {
		assertThat(reply.status()).as(reply.body()).isIn(400, 422);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		assertThat(fields(reply)).as(reply.body()).contains(field);
	}

	private String admit() {
		Reply reply = admitWith("{\"pseudonym\":\"P-" + UUID.randomUUID() + "\",\"therapist\":\""
				+ this.clinic.therapist().email() + "\"}");
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return reply.id();
	}

	private Reply admitWith(String json) {
		return this.api.post("/api/v1/clients", this.token, json);
	}

	private Reply postSession(String client, String json) {
		return this.api.post("/api/v1/clients/" + client + "/sessions", this.token, json);
	}

	private String session(String client, int number) {
		Reply reply = postSession(client,
				"{\"number\":" + number + ",\"date\":\"" + LocalDate.now() + "\",\"attendance\":\"attended\"}");
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return reply.id();
	}

	private Reply submit(String session, String json) {
		return this.api.post("/api/v1/sessions/" + session + "/responses", this.token, json, "k-" + UUID.randomUUID());
	}

	private int count(String table, String client) {
		return this.jdbc.queryForObject("select count(*) from " + table + " where client_id = ?", Integer.class,
				UUID.fromString(client));
	}

	private static List<String> fields(Reply reply) {
		List<String> fields = new ArrayList<>();
		reply.json().get("errors").forEach((e) -> fields.add(e.get("field").asString()));
		return fields;
	}

}
