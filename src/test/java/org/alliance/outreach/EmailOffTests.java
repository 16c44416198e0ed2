package org.alliance.outreach;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.alliance.ApiClient;
import org.alliance.ApiClient.Reply;
import org.alliance.PageSession;
import org.alliance.ServerOnH2;
import org.alliance.TestClinic;
import org.alliance.care.Attendance;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.care.ClientContacts;
import org.alliance.instrument.Answer;
import org.alliance.measure.ClientLinks;
import org.alliance.security.CurrentUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With no mail server configured everything works as before: links are handed out by hand
 * and answered, invitations show their link, the pages say that email is off, an email
 * asked for is refused naming the field, and nothing is written to the outbox, a risk
 * answer's notification included.
 */
class EmailOffTests extends ServerOnH2 {

	@Autowired
	Caseload caseload;

	@Autowired
	ClientContacts contacts;

	@Autowired
	ClientLinks links;

	@Autowired
	SendSchedule schedule;

	@Test
	void linksAreHandedOutByHandAndNothingGoesToTheOutbox() {
		TestClinic clinic = newClinic();
		CurrentUser therapist = clinic.therapist().account().asCurrentUser();
		Client client = this.contacts.admit(therapist, "Off-" + UUID.randomUUID().toString().substring(0, 6),
				therapist.email(), LocalDate.now(ZoneOffset.UTC).minusDays(7), "off@example.org", "en");
		UUID session = this.caseload
			.recordSession(therapist, client.id(), 1, LocalDate.now(ZoneOffset.UTC), Attendance.ATTENDED)
			.id();
		ApiClient api = new ApiClient(this.port);

		Reply email = api.post("/api/v1/sessions/" + session + "/email", clinic.therapist().token(),
				"{\"kind\":\"symptom\"}");
		assertThat(email.status()).isEqualTo(409);
		assertThat(email.json().get("errors").get(0).get("field").asString()).isEqualTo("email");

		Reply handed = api.post("/api/v1/sessions/" + session + "/links", clinic.therapist().token(),
				"{\"instruments\":[\"phq9\"]}");
		assertThat(handed.status()).isEqualTo(201);
		String token = handed.json().get("token").asString();
		assertThat(PageSession.anonymous(this.port).get("/r/" + token).status()).isEqualTo(200);
		Map<String, Answer> answers = new LinkedHashMap<>();
		for (int item = 1; item <= 9; item++) {
			answers.put(String.valueOf(item), new Answer.Choice((item == 9) ? 1 : 0));
		}
		this.links.answer(token, "phq9", answers);
		this.schedule.sweep();
		assertThat(this.jdbc.queryForObject("select count(*) from signal where client_id = ? and kind = 'risk'",
				Integer.class, client.id()))
			.as("the risk answer is in the inbox")
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from mail_outbox where clinic_id = ?", Integer.class,
				clinic.id()))
			.isZero();

		Reply invited = api.post("/api/v1/users", clinic.admin().token(),
				"{\"email\":\"new-" + UUID.randomUUID().toString().substring(0, 8)
						+ "@clinic.test\",\"displayName\":\"New " + UUID.randomUUID().toString().substring(0, 8)
						+ "\",\"role\":\"therapist\"}");
		assertThat(invited.status()).isEqualTo(201);
		assertThat(invited.json().get("emailed").asBoolean()).isFalse();
		assertThat(invited.json().get("invitation").asString()).contains("/invitations/");

		PageSession therapistPages = PageSession.signIn(this.port, clinic.therapist().email(), TestClinic.PASSWORD);
		assertThat(therapistPages.get("/clients/" + client.id()).body()).contains("Email is off");
		assertThat(therapistPages.get("/measures/not-answered").body()).contains("Email is off");
		PageSession admin = PageSession.signIn(this.port, clinic.admin().email(), TestClinic.PASSWORD);
		assertThat(admin.get("/admin/settings").body()).contains("id=\"email-off\"");
	}

}
