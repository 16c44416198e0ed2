package org.alliance.journey;

import org.junit.jupiter.api.Tag;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;

import org.alliance.ApiClient;
import org.alliance.MailServer;
import org.alliance.PageSession;
import org.alliance.TestClinic;
import org.alliance.care.SessionBookings;
import org.alliance.instrument.InstrumentCatalog;
import org.alliance.outreach.SendSchedule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey of {@link RiskAnswerJourneyBrowserTests} on PostgreSQL, through the JSON
 * API and the client's form as plain HTTP: a session booked for tomorrow, the
 * questionnaire emailed by the schedule in the client's language, a PHQ-9 with item 9
 * "several days" sent on the emailed link, the therapist and the duty contact emailed
 * without anything clinical, and a duty clinician who is not the client's therapist
 * working the signal with when the client was reached, which the therapist then reads.
 */
@Tag("postgres")
class PostgresRiskAnswerJourneyTests extends PostgresServerWithMail {

	@Autowired
	SendSchedule schedule;

	@Autowired
	SessionBookings bookings;

	@Autowired
	InstrumentCatalog catalog;

	@ParameterizedTest(name = "a client written to in {0}")
	@EnumSource(ClientLanguage.class)
	void aRiskAnswerOnTheEmailedLinkIsWorkedByTheDutyClinicianThroughTheApi(ClientLanguage language) throws Exception {
		ApiClient api = new ApiClient(this.port);
		TestClinic clinic = newClinic();
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String dutyMailbox = "duty-" + tag + "@clinic.test";
		TestClinic.Person dutyClinician = clinic.otherTherapist();
		nameTheDutyCover(api, clinic, dutyMailbox, dutyClinician);

		String clientEmail = "client-" + tag + "@example.org";
		String pseudonym = "Journey-" + language.code + "-" + tag;
		ApiClient.Reply admitted = api.post("/api/v1/clients", clinic.therapist().token(), """
				{"pseudonym": "%s", "therapist": "%s", "email": "%s", "language": "%s"}""".formatted(pseudonym,
				clinic.therapist().email(), clientEmail, language.code));
		assertThat(admitted.status()).as(admitted.body()).isEqualTo(201);
		UUID client = UUID.fromString(admitted.id());
		ZoneId zone = this.bookings.zone(clinic.id());
		String startsAt = LocalDate.ofInstant(this.clock.instant(), zone)
			.plusDays(1)
			.atTime(LocalTime.of(9, 0))
			.atZone(zone)
			.toOffsetDateTime()
			.toString();
		ApiClient.Reply booked = api.post("/api/v1/clients/" + client + "/sessions", clinic.therapist().token(), """
				{"status": "booked", "startsAt": "%s"}""".formatted(startsAt));
		assertThat(booked.status()).as(booked.body()).isEqualTo(201);

		this.schedule.sweep();
		MimeMessage questionnaire = JourneyMail.questionnaire(clientEmail, language, pseudonym, this.catalog);
		String link = MailServer.link(questionnaire, base() + "/r/");
		clientAnswers(link.substring(base().length(), link.indexOf('?')), language);

		UUID signal = this.jdbc.queryForObject("select id from signal where client_id = ? and kind = 'risk'",
				UUID.class, client);
		JourneyMail.riskNotice(clinic.therapist().email(), signal, base(), pseudonym, this.catalog);
		JourneyMail.riskNotice(dutyMailbox, signal, base(), pseudonym, this.catalog);

		Instant raised = this.jdbc.queryForObject("select raised_at from signal where id = ?", Timestamp.class, signal)
			.toInstant();
		LocalDateTime reached = LocalDateTime.ofInstant(raised.plus(Duration.ofMinutes(10)), zone)
			.truncatedTo(ChronoUnit.MINUTES);
		this.clock.advance(Duration.ofMinutes(20));
		dutyClinicianWorksTheSignal(api, dutyClinician, signal, reached);

		JsonNode seen = api.get("/api/v1/signals/" + signal, clinic.therapist().token()).json();
		assertThat(seen.get("status").asString()).isEqualTo("action-recorded");
		assertThat(seen.get("acknowledgedBy").asString()).isEqualTo(dutyClinician.email());
		JsonNode step = seen.get("actions").get(0);
		assertThat(step.get("step").asString()).isEqualTo("contacted-client");
		assertThat(step.get("recordedBy").asString()).isEqualTo(dutyClinician.email());
		assertThat(Instant.parse(step.get("contactedAt").asString())).isEqualTo(reached.atZone(zone).toInstant());
		assertThat(Instant.parse(step.get("recordedAt").asString())).isEqualTo(this.clock.instant());
		assertThat(this.jdbc.queryForObject("select display_name from app_user where email = ?", String.class,
				step.get("recordedBy").asString()))
			.isEqualTo(dutyClinician.account().displayName());
	}

	/**
	 * The admin gives the duty mailbox on the settings page (the one place it is set) and
	 * names the other therapist a duty clinician through the API.
	 */
	private void nameTheDutyCover(ApiClient api, TestClinic clinic, String dutyMailbox,
			TestClinic.Person dutyClinician) {
		PageSession admin = PageSession.signIn(this.port, clinic.admin().email(), TestClinic.PASSWORD, this.clock);
		admin.get("/admin/settings");
		PageSession.Page saved = admin.post("/admin/settings/duty", Map.of("dutyEmail", dutyMailbox));
		assertThat(saved.location()).as("status %s", saved.status()).isEqualTo("/admin/settings?saved#duty");
		ApiClient.Reply duty = api.put("/api/v1/users/" + dutyClinician.account().id() + "/duty",
				clinic.admin().token(), "{\"dutyClinician\": true}");
		assertThat(duty.status()).as(duty.body()).isEqualTo(200);
		assertThat(duty.json().get("dutyClinician").asBoolean()).isTrue();
	}

	/**
	 * The client's phone sends the PHQ-9 form with item 9 "several days" and reads, on
	 * the GAD-7 that follows, the crisis information in their language.
	 */
	private void clientAnswers(String link, ClientLanguage language) {
		PageSession phone = PageSession.anonymous(this.port);
		PageSession.Page form = phone.get(link + "?lang=" + language.code);
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body())
			.contains("lang=\"" + language.code + "\"", "<legend>" + language.itemNine + "</legend>",
					"<span>" + language.severalDays + "</span>", ">" + language.send + "</button>")
			.doesNotContain("id=\"crisis\"");
		Map<String, String> answers = new HashMap<>();
		for (int item = 1; item <= 9; item++) {
			answers.put("item-" + item, (item == 9) ? "1" : "0");
		}
		PageSession.Page sent = phone.post(link + "/phq9?lang=" + language.code, answers);
		assertThat(sent.status()).isEqualTo(302);
		PageSession.Page next = phone.get(sent.location());
		assertThat(next.body()).contains("GAD-7", "id=\"crisis\"", language.crisisHeading, language.crisisWords);
	}

	private void dutyClinicianWorksTheSignal(ApiClient api, TestClinic.Person dutyClinician, UUID signal,
			LocalDateTime reached) {
		List<String> risk = new ArrayList<>();
		api.get("/api/v1/signals/risk", dutyClinician.token()).json().forEach((s) -> risk.add(s.get("id").asString()));
		assertThat(risk).as("the clinic's risk signals").contains(signal.toString());
		assertThat(api.post("/api/v1/signals/" + signal + "/acknowledge", dutyClinician.token(), "{}").status())
			.isEqualTo(200);
		ApiClient.Reply step = api.post("/api/v1/signals/" + signal + "/actions", dutyClinician.token(), """
				{"step": "contacted-client", "note": "Phoned the client; safe tonight, seen tomorrow as booked.",
				 "contactedAt": "%s"}""".formatted(reached));
		assertThat(step.status()).as(step.body()).isEqualTo(200);
	}

}
