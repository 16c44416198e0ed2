package org.alliance.care;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.alliance.AdjustableClock;
import org.alliance.ApiClient;
import org.alliance.ApiClient.Reply;
import org.alliance.TestClinic;
import org.alliance.security.ApiTokens;
import org.alliance.security.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions booked ahead over the JSON API on a real port, with the application's clock
 * moved instead of waiting: a booked session counts nowhere as attended (the NHS Talking
 * Therapies count, the last session tasks are read against, the task rupture) until its
 * start has passed and the therapist records that the client came. Run on H2 and on
 * PostgreSQL.
 */
abstract class BookedSessionsContract {

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	AdjustableClock clock;

	@Autowired
	CareEventsHeard events;

	private ApiClient api;

	private TestClinic clinic;

	private String token;

	@BeforeEach
	void clinic() {
		this.api = new ApiClient(this.port);
		this.clinic = TestClinic.create(this.accounts, this.tokens);
		this.token = this.clinic.therapist().token();
	}

	@Test
	void booksASessionAheadWithItsNextNumberStartAndDefaultLength() {
		String client = client(2);
		String start = tomorrowAt(14);
		Reply booked = book(client, "{\"status\":\"booked\",\"startsAt\":\"" + start + "\"}");
		assertThat(booked.status()).as(booked.body()).isEqualTo(201);

		JsonNode session = sessions(client).get(2);
		assertThat(session.get("id").asString()).isEqualTo(booked.id());
		assertThat(session.get("number").asInt()).isEqualTo(3);
		assertThat(session.get("attendance").asString()).isEqualTo("booked");
		assertThat(session.get("lengthMinutes").asInt()).isEqualTo(50);
		assertThat(java.time.OffsetDateTime.parse(session.get("startsAt").asString()).toInstant())
			.isEqualTo(java.time.OffsetDateTime.parse(start).toInstant());
		assertThat(session.get("date").asString()).isEqualTo(java.time.OffsetDateTime.parse(start)
			.atZoneSameInstant(java.time.ZoneId.of("Europe/London"))
			.toLocalDate()
			.toString());
	}

	@Test
	void refusesABookingWithoutAStartInThePastOrOfAnOddLengthNamingTheField() {
		String client = client(1);
		assertThat(fields(book(client, "{\"status\":\"booked\"}"))).containsExactly("startsAt");
		String past = this.clock.instant().minus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC).toString();
		Reply inThePast = book(client, "{\"status\":\"booked\",\"startsAt\":\"" + past + "\"}");
		assertThat(inThePast.status()).isEqualTo(422);
		assertThat(fields(inThePast)).containsExactly("startsAt");
		assertThat(fields(
				book(client, "{\"status\":\"booked\",\"startsAt\":\"" + tomorrowAt(9) + "\",\"lengthMinutes\":5}")))
			.containsExactly("lengthMinutes");
		Reply noOffset = book(client, "{\"status\":\"booked\",\"startsAt\":\"2030-01-07T14:00\"}");
		assertThat(noOffset.status()).isBetween(400, 422);
		assertThat(noOffset.body()).contains("startsAt");
		assertThat(fields(book(client, "{\"status\":\"booked\",\"startsAt\":\"" + tomorrowAt(9) + "\",\"number\":1}")))
			.containsExactly("number");
		// A day still to come is booked, not recorded as attended.
		Reply ahead = book(client, "{\"number\":2,\"date\":\"" + LocalDate.now(ZoneOffset.UTC).plusDays(3)
				+ "\",\"attendance\":\"attended\"}");
		assertThat(fields(ahead)).containsExactly("date");
		assertThat(sessions(client)).hasSize(1);
	}

	@Test
	void aBookedSessionCountsAsAttendedOnlyOnceItHasStartedAndIsRecorded() {
		String client = client(1);
		String booking = book(client, "{\"status\":\"booked\",\"startsAt\":\"" + tomorrowAt(10) + "\"}").id();
		assertThat(attendedSessions(client)).isEqualTo(1);

		Reply early = this.api.put("/api/v1/sessions/" + booking + "/attendance", this.token,
				"{\"attendance\":\"attended\"}");
		assertThat(early.status()).isEqualTo(422);
		assertThat(fields(early)).containsExactly("attendance");
		assertThat(fields(
				this.api.put("/api/v1/sessions/" + booking + "/attendance", this.token, "{\"attendance\":\"booked\"}")))
			.containsExactly("attendance");
		assertThat(attendedSessions(client)).isEqualTo(1);

		this.clock.advance(Duration.ofDays(2));
		Reply recorded = this.api.put("/api/v1/sessions/" + booking + "/attendance", this.token,
				"{\"attendance\":\"attended\"}");
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
		assertThat(recorded.json().get("attendance").asString()).isEqualTo("attended");
		assertThat(recorded.json().get("lengthMinutes").asInt()).isEqualTo(50);
		assertThat(attendedSessions(client)).isEqualTo(2);
		assertThat(this.events.of(AttendanceRecorded.class)
			.stream()
			.filter((e) -> e.sessionId().toString().equals(booking))
			.map(AttendanceRecorded::attendance)).containsExactly(Attendance.ATTENDED);
	}

	@Test
	void tasksNotDoneAtASessionStillBookedRaiseNoTaskRuptureUntilItHasHappened() {
		String client = client(2);
		String booking = book(client, "{\"status\":\"booked\",\"startsAt\":\"" + tomorrowAt(11) + "\"}").id();
		String first = task(client, 1, 2);
		String second = task(client, 2, 3);
		complete(first, 2);
		// The client ticks "not done" on the link of session 3 before coming to it.
		complete(second, 3);
		assertThat(taskRuptures()).isEmpty();

		this.clock.advance(Duration.ofDays(2));
		this.api.put("/api/v1/sessions/" + booking + "/attendance", this.token, "{\"attendance\":\"attended\"}");
		List<JsonNode> raised = taskRuptures();
		assertThat(raised).hasSize(1);
		assertThat(raised.get(0).get("summary").asString()).contains("sessions 2 and 3");
	}

	@Test
	void endingAnEpisodeWithBookingsToComeAsksToCancelThem() {
		String client = client(1);
		String booking = book(client, "{\"status\":\"booked\",\"startsAt\":\"" + tomorrowAt(15) + "\"}").id();
		String today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC).toString();

		Reply asked = this.api.post("/api/v1/clients/" + client + "/episodes/current/end", this.token,
				"{\"date\":\"" + today + "\",\"reason\":\"planned\"}");
		assertThat(asked.status()).isEqualTo(409);
		assertThat(fields(asked)).containsExactly("cancelBookings");
		assertThat(asked.json().get("detail").asString()).contains("session 2");
		assertThat(
				this.api.get("/api/v1/clients/" + client + "/episodes", this.token).json().get(0).get("end").isNull())
			.isTrue();

		Reply ended = this.api.post("/api/v1/clients/" + client + "/episodes/current/end", this.token,
				"{\"date\":\"" + today + "\",\"reason\":\"planned\",\"cancelBookings\":true}");
		assertThat(ended.status()).as(ended.body()).isEqualTo(200);
		assertThat(sessions(client).get(1).get("attendance").asString()).isEqualTo("cancelled");
		assertThat(this.events.of(SessionCancelled.class)
			.stream()
			.filter((e) -> e.clientId().toString().equals(client))
			.map((e) -> e.sessionId().toString())).containsExactly(booking);
		assertThat(this.events.of(EpisodeEnded.class).stream().filter((e) -> e.clientId().toString().equals(client)))
			.hasSize(1);
	}

	private String tomorrowAt(int hour) {
		return this.clock.instant()
			.plus(Duration.ofDays(1))
			.truncatedTo(ChronoUnit.DAYS)
			.plus(Duration.ofHours(hour))
			.atOffset(ZoneOffset.UTC)
			.toString();
	}

	private Reply book(String client, String json) {
		return this.api.post("/api/v1/clients/" + client + "/sessions", this.token, json);
	}

	private JsonNode sessions(String client) {
		return this.api.get("/api/v1/clients/" + client + "/sessions", this.token).json();
	}

	private int attendedSessions(String client) {
		Reply outcome = this.api.get("/api/v1/clients/" + client + "/outcome", this.token);
		assertThat(outcome.status()).as(outcome.body()).isEqualTo(200);
		return outcome.json().get("episodes").get(0).get("nhstt").get("treatmentSessions").asInt();
	}

	private String task(String client, int set, int due) {
		Reply task = this.api.post("/api/v1/clients/" + client + "/tasks", this.token, """
				{"description":"Walk for an hour","rationale":"Activity lifts mood",
				"agreement":"agreed","minutes":60,"setSession":%d,"dueSession":%d}""".formatted(set, due));
		assertThat(task.status()).as(task.body()).isEqualTo(201);
		return task.id();
	}

	private void complete(String task, int session) {
		Reply done = this.api.post("/api/v1/tasks/" + task + "/completion", this.token,
				"{\"status\":\"not-done\",\"session\":" + session + "}");
		assertThat(done.status()).as(done.body()).isEqualTo(201);
	}

	private List<JsonNode> taskRuptures() {
		List<JsonNode> found = new ArrayList<>();
		this.api.get("/api/v1/signals", this.token).json().forEach((s) -> {
			if (s.get("kind").asString().equals("task-rupture")) {
				found.add(s);
			}
		});
		return found;
	}

	/** A client of the therapist with the given number of weekly sessions attended. */
	private String client(int sessions) {
		LocalDate start = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC).minusWeeks(sessions + 1);
		Reply admitted = this.api.post("/api/v1/clients", this.token, """
				{"pseudonym":"B-%s","therapist":"%s","episodeStart":"%s"}"""
			.formatted(UUID.randomUUID().toString().substring(0, 8), this.clinic.therapist().email(), start));
		assertThat(admitted.status()).as(admitted.body()).isEqualTo(201);
		String client = admitted.id();
		for (int number = 1; number <= sessions; number++) {
			Reply session = this.api.post("/api/v1/clients/" + client + "/sessions", this.token, """
					{"number":%d,"date":"%s","attendance":"attended"}""".formatted(number, start.plusWeeks(number)));
			assertThat(session.status()).as(session.body()).isEqualTo(201);
		}
		return client;
	}

	private static List<String> fields(Reply reply) {
		List<String> fields = new ArrayList<>();
		reply.json().get("errors").forEach((e) -> fields.add(e.get("field").asString()));
		return fields;
	}

}
