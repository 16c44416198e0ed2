package org.alliance.security;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alliance.ApiClient;
import org.alliance.ApiClient.Reply;
import org.alliance.PageSession;
import org.alliance.TestClinic;
import org.alliance.care.Attendance;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.instrument.Answer;
import org.alliance.measure.Responses;
import org.alliance.measure.Submission;
import org.alliance.signal.NewSignal;
import org.alliance.signal.RiskOverdueWatch;
import org.alliance.signal.RiskSignalOverdue;
import org.alliance.signal.RiskSignalRaised;
import org.alliance.signal.SignalInbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A risk answer reaches someone even when the client's therapist is away: any supervisor
 * of the clinic, and a therapist the clinic names duty clinician, work a risk signal of
 * any client (acknowledge, record the steps, resolve), each under their own name, and
 * read only the signal, not the rest of the client's record; an admin account still reads
 * nothing clinical. A risk signal left unacknowledged past the clinic's time (4 hours
 * unless the clinic chose another) is overdue on the API and the pages, and announced
 * once. Each step records when the client was reached, in the clinic's time zone, apart
 * from when it was typed. Over a real port, on a clock the tests move.
 */
@RecordApplicationEvents
class RiskCoverTests extends SecuredServer {

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	@Autowired
	Caseload caseload;

	@Autowired
	Responses responses;

	@Autowired
	SignalInbox inbox;

	@Autowired
	RiskOverdueWatch watch;

	@Autowired
	ApplicationEvents events;

	private TestClinic clinic;

	private ApiClient api;

	private Client client;

	private UUID risk;

	/**
	 * A clinic in New York whose therapist's client answered PHQ-9 item 9 "several days"
	 * at their first session.
	 */
	@BeforeEach
	void aRiskAnswer() {
		this.clinic = TestClinic.create(this.accounts, this.tokens);
		this.jdbc.update("update clinic set time_zone = ? where id = ?", NEW_YORK.getId(), this.clinic.id());
		this.api = new ApiClient(this.port);
		CurrentUser therapist = this.clinic.therapist().account().asCurrentUser();
		this.client = this.caseload.admit(therapist, "Wren-" + UUID.randomUUID().toString().substring(0, 6),
				therapist.email(), LocalDate.ofInstant(this.clock.instant(), NEW_YORK).minusWeeks(2));
		UUID session = this.caseload
			.recordSession(therapist, this.client.id(), 1, LocalDate.ofInstant(this.clock.instant(), NEW_YORK),
					Attendance.ATTENDED)
			.id();
		Map<String, Answer> answers = new LinkedHashMap<>();
		for (int item = 1; item <= 9; item++) {
			answers.put(String.valueOf(item), new Answer.Choice((item == 9) ? 1 : 0));
		}
		this.responses.submit(therapist, session, new Submission("phq9", "client", answers),
				UUID.randomUUID().toString());
		this.risk = this.jdbc.queryForObject("select id from signal where client_id = ? and kind = 'risk'", UUID.class,
				this.client.id());
	}

	@Test
	void raisingARiskSignalPublishesItsIdsOnceAndNoClinicalContent() {
		List<RiskSignalRaised> raised = this.events.stream(RiskSignalRaised.class)
			.filter((event) -> event.signalId().equals(this.risk))
			.toList();
		assertThat(raised).singleElement().satisfies((event) -> {
			assertThat(event.clinicId()).isEqualTo(this.clinic.id());
			assertThat(event.clientId()).isEqualTo(this.client.id());
			assertThat(event.therapistId()).isEqualTo(this.clinic.therapist().account().id());
			assertThat(event.raisedAt()).isEqualTo(this.clock.instant());
		});
	}

	@Test
	void aSupervisorWorksARiskSignalWithoutActingForTheTherapistEachStepUnderTheirOwnName() {
		String supervisor = this.clinic.supervisor().token();
		assertThat(this.api.post(signal("/acknowledge"), supervisor, "{}").status()).isEqualTo(200);
		this.clock.advance(Duration.ofMinutes(40));
		Reply step = this.api.post(signal("/actions"), supervisor,
				"{\"step\":\"contacted-client\",\"note\":\"Phoned; the client is safe tonight\",\"contactedAt\":\""
						+ local(this.clock.instant().minus(Duration.ofMinutes(25))) + "\"}");
		assertThat(step.status()).as(step.body()).isEqualTo(200);
		JsonNode action = step.json().get("actions").get(0);
		assertThat(action.get("recordedBy").asString()).isEqualTo(this.clinic.supervisor().email());
		assertThat(Instant.parse(action.get("contactedAt").asString()))
			.isEqualTo(this.clock.instant().minus(Duration.ofMinutes(25)).truncatedTo(ChronoUnit.MINUTES));
		assertThat(step.json().get("acknowledgedBy").asString()).isEqualTo(this.clinic.supervisor().email());
		Reply resolved = this.api.post(signal("/resolve"), supervisor, "{\"outcome\":\"Safety plan agreed\"}");
		assertThat(resolved.json().get("status").asString()).isEqualTo("resolved");
		assertThat(resolved.json().get("resolvedBy").asString()).isEqualTo(this.clinic.supervisor().email());
		assertThat(trailOf(this.clinic.supervisor().email())).contains("UPDATE signal risk cover as supervisor");

		// Any other signal is still the therapist's to work, or a supervisor's acting for
		// them.
		UUID rupture = otherSignal();
		Reply refused = this.api.post("/api/v1/signals/" + rupture + "/acknowledge", supervisor, "{}");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body()).contains("act-for");
	}

	@Test
	void aDutyClinicianWorksAnyRiskSignalReadsNothingElseOfTheRecordAndStopsWhenTakenOffDuty() {
		TestClinic.Person duty = this.clinic.otherTherapist();
		assertThat(this.api.get("/api/v1/signals/risk", duty.token()).status()).isEqualTo(403);
		assertThat(this.api.get(signal(""), duty.token()).status()).isEqualTo(404);

		Reply named = this.api.put("/api/v1/users/" + duty.account().id() + "/duty", this.clinic.admin().token(),
				"{\"dutyClinician\":true}");
		assertThat(named.status()).as(named.body()).isEqualTo(200);
		assertThat(named.json().get("dutyClinician").asBoolean()).isTrue();

		Reply all = this.api.get("/api/v1/signals/risk", duty.token());
		assertThat(all.status()).isEqualTo(200);
		assertThat(all.json().valueStream().map((s) -> s.get("id").asString())).contains(this.risk.toString());
		assertThat(this.api.get(signal(""), duty.token()).status()).isEqualTo(200);
		assertThat(this.api.post(signal("/acknowledge"), duty.token(), "{}").json().get("acknowledgedBy").asString())
			.isEqualTo(duty.email());
		// The cover is the risk signal, not the record.
		for (String path : List.of("/api/v1/clients/" + this.client.id(),
				"/api/v1/clients/" + this.client.id() + "/responses",
				"/api/v1/clients/" + this.client.id() + "/sessions", "/api/v1/signals/" + otherSignal())) {
			assertThat(this.api.get(path, duty.token()).status()).as(path).isEqualTo(404);
		}
		assertThat(this.api.get("/api/v1/signals", duty.token()).json().valueStream()).isEmpty();
		assertThat(trailOf(duty.email())).contains("READ signal risk cover as duty clinician",
				"UPDATE signal risk cover as duty clinician");

		Reply off = this.api.put("/api/v1/users/" + duty.account().id() + "/duty", this.clinic.admin().token(),
				"{\"dutyClinician\":false}");
		assertThat(off.json().get("dutyClinician").asBoolean()).isFalse();
		assertThat(this.api.get(signal(""), duty.token()).status()).isEqualTo(404);
		assertThat(this.api.get("/api/v1/signals/risk", duty.token()).status()).isEqualTo(403);
		assertThat(this.jdbc.queryForList("""
				select detail from audit_event where action = 'DUTY_CHANGED' and resource_id = ? order by id""",
				String.class, duty.account().id().toString()))
			.containsExactly("now a duty clinician", "no longer a duty clinician");
	}

	@Test
	void anAdminIsNeverADutyClinicianAndStillReadsNoClinicalRecord() {
		String admin = this.clinic.admin().token();
		Reply refused = this.api.put("/api/v1/users/" + this.clinic.admin().account().id() + "/duty", admin,
				"{\"dutyClinician\":true}");
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("dutyClinician");
		assertThat(this.jdbc.queryForObject("select duty_clinician from app_user where id = ?", Boolean.class,
				this.clinic.admin().account().id()))
			.isFalse();
		for (String path : List.of(signal(""), "/api/v1/signals/risk", "/api/v1/clients/" + this.client.id())) {
			assertThat(this.api.get(path, admin).status()).as(path).isEqualTo(403);
		}
		assertThat(this.api.post(signal("/acknowledge"), admin, "{}").status()).isEqualTo(403);
		// A duty clinician given the admin role stops being one.
		UUID therapist = this.clinic.otherTherapist().account().id();
		this.api.put("/api/v1/users/" + therapist + "/duty", admin, "{\"dutyClinician\":true}");
		this.api.put("/api/v1/users/" + therapist + "/role", admin, "{\"role\":\"admin\"}");
		assertThat(
				this.jdbc.queryForObject("select duty_clinician from app_user where id = ?", Boolean.class, therapist))
			.isFalse();
	}

	@Test
	void whenTheClientWasReachedIsTheClinicsLocalTimeNotInTheFutureNorBeforeTheSignal() {
		String therapist = this.clinic.therapist().token();
		Instant raised = this.clock.instant();
		this.api.post(signal("/acknowledge"), therapist, "{}");
		this.clock.advance(Duration.ofHours(2));
		for (String refused : List.of("", "yesterday", local(this.clock.instant().plus(Duration.ofMinutes(5))),
				local(raised.minus(Duration.ofMinutes(10))))) {
			Reply reply = this.api.post(signal("/actions"), therapist,
					"{\"step\":\"contacted-client\",\"note\":\"Phoned\",\"contactedAt\":\"" + refused + "\"}");
			assertThat(reply.status()).as(refused).isEqualTo(422);
			assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("contactedAt");
		}
		Reply without = this.api.post(signal("/actions"), therapist, "{\"step\":\"contacted-client\",\"note\":\"x\"}");
		assertThat(without.status()).isEqualTo(422);

		// 45 minutes after the signal, as a New York clock read it.
		Instant reached = raised.plus(Duration.ofMinutes(45)).truncatedTo(ChronoUnit.MINUTES);
		Reply taken = this.api.post(signal("/actions"), therapist,
				"{\"step\":\"contacted-client\",\"note\":\"Phoned\",\"contactedAt\":\"" + local(reached) + "\"}");
		assertThat(taken.status()).as(taken.body()).isEqualTo(200);
		JsonNode action = taken.json().get("actions").get(0);
		assertThat(Instant.parse(action.get("contactedAt").asString())).isEqualTo(reached);
		assertThat(Instant.parse(action.get("recordedAt").asString())).isEqualTo(this.clock.instant());

		PageSession pages = PageSession.signIn(this.port, this.clinic.therapist().email(), TestClinic.PASSWORD,
				this.clock);
		String page = pages.get(signal("").replace("/api/v1", "")).body();
		assertThat(page).contains("client reached " + local(reached).replace('T', ' ') + " (America/New_York)",
				"recorded " + local(this.clock.instant()).replace('T', ' '));
		PageSession.Page future = pages.post(signal("/actions").replace("/api/v1", ""), Map.of("step", "assessed-risk",
				"note", "Asked about plans", "contactedAt", local(this.clock.instant().plus(Duration.ofHours(1)))));
		assertThat(future.status()).isEqualTo(422);
		assertThat(future.errorBeside("contactedAt")).contains("cannot have been reached in the future");

		// Any other signal's steps record no contact time.
		UUID rupture = otherSignal();
		this.api.post("/api/v1/signals/" + rupture + "/acknowledge", therapist, "{}");
		Reply noContact = this.api.post("/api/v1/signals/" + rupture + "/actions", therapist,
				"{\"step\":\"explore-barrier\",\"note\":\"Talked\",\"contactedAt\":\"" + local(reached) + "\"}");
		assertThat(noContact.status()).isEqualTo(422);
		assertThat(noContact.body()).contains("contactedAt");
	}

	@Test
	void aRiskSignalIsOverdueOnceTheClinicsTimeToAcknowledgeHasPassedAndAnnouncedOnce() {
		PageSession admin = PageSession.signIn(this.port, this.clinic.admin().email(), TestClinic.PASSWORD, this.clock);
		admin.get("/admin/settings");
		PageSession.Page refused = admin.post("/admin/settings/risk", Map.of("riskAcknowledgeHours", "0"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.errorBeside("riskAcknowledgeHours")).contains("from 1 to 72");
		assertThat(admin.post("/admin/settings/risk", Map.of("riskAcknowledgeHours", "2")).status()).isEqualTo(302);
		assertThat(admin.get("/admin/settings").body()).contains("value=\"2\"");
		Instant raised = this.jdbc
			.queryForObject("select raised_at from signal where id = ?", java.sql.Timestamp.class, this.risk)
			.toInstant();

		this.clock.advance(Duration.ofHours(2).minusMinutes(1));
		assertThat(overdue()).isEmpty();
		this.watch.announceOverdue();
		assertThat(this.events.stream(RiskSignalOverdue.class).filter(this::isOurs)).isEmpty();

		this.clock.advance(Duration.ofMinutes(1));
		JsonNode signal = this.api.get(signal(""), this.clinic.therapist().token()).json();
		assertThat(signal.get("overdue").asBoolean()).isTrue();
		assertThat(Instant.parse(signal.get("overdueSince").asString())).isEqualTo(raised.plus(Duration.ofHours(2)));
		this.watch.announceOverdue();
		this.watch.announceOverdue();
		assertThat(this.events.stream(RiskSignalOverdue.class).filter(this::isOurs)).singleElement()
			.satisfies((event) -> {
				assertThat(event.overdueSince()).isEqualTo(raised.plus(Duration.ofHours(2)));
				assertThat(event.therapistId()).isEqualTo(this.clinic.therapist().account().id());
				assertThat(event.clientId()).isEqualTo(this.client.id());
			});
		PageSession therapist = PageSession.signIn(this.port, this.clinic.therapist().email(), TestClinic.PASSWORD,
				this.clock);
		String since = local(raised.plus(Duration.ofHours(2))).replace('T', ' ');
		assertThat(therapist.get("/inbox").body()).contains("overdue since " + since);
		assertThat(therapist.get("/signals/" + this.risk).body()).contains("id=\"overdue-notice\"", since);

		this.api.post(signal("/acknowledge"), this.clinic.therapist().token(), "{}");
		assertThat(this.api.get(signal(""), this.clinic.therapist().token()).json().get("overdue").asBoolean())
			.isFalse();
	}

	@Test
	void withoutAChoiceOfItsOwnAClinicGivesFourHoursToAcknowledge() {
		this.clock.advance(Duration.ofHours(4).minusMinutes(1));
		assertThat(overdue()).isEmpty();
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(overdue()).containsExactly(this.risk.toString());
	}

	private boolean isOurs(RiskSignalOverdue event) {
		return event.signalId().equals(this.risk);
	}

	/** The ids of the therapist's signals the API marks overdue. */
	private List<String> overdue() {
		return this.api.get("/api/v1/signals", this.clinic.therapist().token())
			.json()
			.valueStream()
			.filter((s) -> s.get("overdue").asBoolean())
			.map((s) -> s.get("id").asString())
			.toList();
	}

	/** A task rupture of the same client: a signal of another kind. */
	private UUID otherSignal() {
		String source = "task-rupture:" + this.client.id() + ":" + UUID.randomUUID();
		this.inbox.raise(new NewSignal(this.clinic.id(), this.client.id(), this.clinic.therapist().account().id(), null,
				"task-rupture", source, "Agreed task not done", "{\"due sessions missed\":\"2\"}"));
		return this.jdbc.queryForObject("select id from signal where source_key = ?", UUID.class, source);
	}

	private String signal(String rest) {
		return "/api/v1/signals/" + this.risk + rest;
	}

	/**
	 * The time as a New York clock reads it, to the minute, as a datetime field sends it.
	 */
	private static String local(Instant instant) {
		return LocalDateTime.ofInstant(instant, NEW_YORK).truncatedTo(ChronoUnit.MINUTES).toString();
	}

}
