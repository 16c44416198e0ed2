package org.alliance.notification;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.alliance.EmailHtml;
import org.alliance.MailServer;
import org.alliance.ServerWithMail;
import org.alliance.TestClinic;
import org.alliance.care.Attendance;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.instrument.Answer;
import org.alliance.measure.ClientLinks;
import org.alliance.security.CurrentUser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A risk answer (PHQ-9 item 9 above 0) on the client's link emails the client's therapist
 * and the clinic's duty contact at once, saying only that a client needs attention and
 * linking to the signal behind the sign-in: no client, no answer, no measure. The overdue
 * notice, for the duty cover's event, writes to both again.
 */
@Tag("browser")
class RiskNotificationTests extends ServerWithMail {

	/** What a risk notification may never hold. */
	static final List<String> CLINICAL = List.of("PHQ", "item 9", "several days", "more than half", "nearly every",
			"self-harm", "dead", "hurting", "suicid");

	@Autowired
	Caseload caseload;

	@Autowired
	ClientLinks links;

	@Autowired
	DutyContact duty;

	@Autowired
	RiskNotices notices;

	@Test
	void aRiskAnswerEmailsTheTherapistAndTheDutyContactWithoutClinicalContent() throws Exception {
		TestClinic clinic = newClinic();
		String dutyEmail = "duty-" + UUID.randomUUID().toString().substring(0, 8) + "@clinic.test";
		this.duty.change(clinic.admin().account().asCurrentUser(), dutyEmail);
		CurrentUser therapist = clinic.therapist().account().asCurrentUser();
		Client client = this.caseload.admit(therapist, "Noa-" + UUID.randomUUID().toString().substring(0, 6),
				therapist.email(), LocalDate.now(ZoneOffset.UTC).minusDays(14));
		UUID session = this.caseload
			.recordSession(therapist, client.id(), 1, LocalDate.now(ZoneOffset.UTC), Attendance.ATTENDED)
			.id();
		String token = this.links.issueOfKind(therapist, session, "symptom").token();
		Map<String, Answer> answers = new LinkedHashMap<>();
		for (int item = 1; item <= 9; item++) {
			answers.put(String.valueOf(item), new Answer.Choice((item == 9) ? 2 : 0));
		}
		this.links.answer(token, "phq9", answers);
		UUID signal = this.jdbc.queryForObject("select id from signal where client_id = ? and kind = 'risk'",
				UUID.class, client.id());

		for (String to : List.of(therapist.email(), dutyEmail)) {
			MimeMessage message = MailServer.awaitMessages(to, 1).get(0);
			assertThat(message.getSubject()).isEqualTo("A client needs attention");
			String text = MailServer.part(message, "text/plain");
			String html = MailServer.part(message, "text/html");
			assertThat(text).contains("/signals/" + signal, "sign in");
			assertThat(text).doesNotContain(client.pseudonym());
			assertThat(html).doesNotContain(client.pseudonym());
			for (String word : CLINICAL) {
				assertThat(text).doesNotContainIgnoringCase(word);
				assertThat(html).doesNotContainIgnoringCase(word);
			}
		}
		EmailHtml.assertAccessible(MailServer.part(MailServer.to(dutyEmail).get(0), "text/html"));

		this.notices.overdue(clinic.id(), signal, therapist.userId());
		for (String to : List.of(therapist.email(), dutyEmail)) {
			MimeMessage again = MailServer.awaitMessages(to, 2).get(1);
			assertThat(again.getSubject()).isEqualTo("Still waiting: a client needs attention");
			assertThat(MailServer.part(again, "text/plain")).contains("/signals/" + signal)
				.doesNotContain(client.pseudonym());
		}
	}

	@Test
	void withoutADutyContactTheTherapistAloneIsWritten() {
		TestClinic clinic = newClinic();
		CurrentUser therapist = clinic.therapist().account().asCurrentUser();
		Client client = this.caseload.admit(therapist, "Ari-" + UUID.randomUUID().toString().substring(0, 6),
				therapist.email(), LocalDate.now(ZoneOffset.UTC).minusDays(14));
		UUID session = this.caseload
			.recordSession(therapist, client.id(), 1, LocalDate.now(ZoneOffset.UTC), Attendance.ATTENDED)
			.id();
		String token = this.links.issueOfKind(therapist, session, "symptom").token();
		Map<String, Answer> answers = new LinkedHashMap<>();
		for (int item = 1; item <= 9; item++) {
			answers.put(String.valueOf(item), new Answer.Choice((item == 9) ? 1 : 0));
		}
		this.links.answer(token, "phq9", answers);
		assertThat(MailServer.awaitMessages(therapist.email(), 1)).hasSize(1);
		assertThat(this.jdbc.queryForObject("select count(*) from mail_outbox where clinic_id = ? and purpose = 'risk'",
				Integer.class, clinic.id()))
			.isEqualTo(1);
	}

}
