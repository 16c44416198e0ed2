package org.alliance.outcome;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.alliance.ApiClient;
import org.alliance.PageSession;
import org.alliance.ServerOnH2;
import org.alliance.TestClinic;
import org.alliance.care.Attendance;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.security.Clinics;
import org.alliance.security.NewClinic;
import org.alliance.security.Role;
import org.alliance.security.UserAccount;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a risk answer the client reads their own clinic's crisis text, with the phone
 * number the clinic gave at setup, in the client's language; a clinic that gave none
 * shows the configured default.
 */
class ClinicCrisisTextTests extends ServerOnH2 {

	@Autowired
	Clinics clinics;

	@Autowired
	Caseload caseload;

	@Test
	void aRiskAnswerShowsTheClinicsOwnNumberInTheClientsLanguage() {
		UUID clinic = this.clinics.create(new NewClinic("Riverside " + UUID.randomUUID(), "Europe/London", "en,es",
				"+44 20 7946 0000", "admin-" + UUID.randomUUID() + "@riverside.test", "Ana Ruiz", "mauve kettle"));
		UserAccount therapist = this.accounts.createUser(clinic, "t-" + UUID.randomUUID() + "@riverside.test",
				"Tess Tran", Role.THERAPIST, TestClinic.PASSWORD);

		assertThat(answerWithRisk(therapist, "en")).contains("id=\"crisis\"",
				"Call the clinic now on +44 20 7946 0000");
		assertThat(answerWithRisk(therapist, "es")).contains("id=\"crisis\"", "a la clínica al +44 20 7946 0000");
	}

	@Test
	void aClinicWithoutItsOwnNumberShowsTheDefaultCrisisText() {
		TestClinic plain = newClinic();
		assertThat(answerWithRisk(plain.therapist().account(), "en")).contains("id=\"crisis\"", "emergency")
			.doesNotContain("Call the clinic now on");
	}

	@Test
	void anAdminChangesTheCrisisNumberOnTheSettingsPageAndTheNextClientReadsTheNewOne() {
		String adminEmail = "admin-" + UUID.randomUUID() + "@riverside.test";
		UUID clinic = this.clinics.create(new NewClinic("Riverside " + UUID.randomUUID(), "Europe/London", "en,es",
				"+44 20 7946 0000", adminEmail, "Ana Ruiz", "mauve kettle"));
		UserAccount therapist = this.accounts.createUser(clinic, "t-" + UUID.randomUUID() + "@riverside.test",
				"Tess Tran", Role.THERAPIST, TestClinic.PASSWORD);
		PageSession admin = PageSession.signIn(this.port, adminEmail, "mauve kettle");
		assertThat(admin.get("/admin/settings").body()).contains("value=\"+44 20 7946 0000\"");

		Map<String, String> mistyped = Map.of("name", "Riverside Therapy", "timeZone", "Europe/London", "languages",
				"en", "crisisPhone", "call us");
		PageSession.Page refused = admin.post("/admin/settings/clinic", mistyped);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.errorBeside("crisis-phone")).contains("as people dial it");
		assertThat(answerWithRisk(therapist, "en")).as("nothing changed").contains("+44 20 7946 0000");

		Map<String, String> changed = new HashMap<>(mistyped);
		changed.put("crisisPhone", "+44 20 7946 1111");
		admin.get("/admin/settings");
		assertThat(admin.post("/admin/settings/clinic", changed).location()).isEqualTo("/admin/settings?saved");
		assertThat(answerWithRisk(therapist, "en")).contains("Call the clinic now on +44 20 7946 1111")
			.doesNotContain("7946 0000");
		assertThat(this.jdbc.queryForObject("select count(*) from clinic_crisis_text where clinic_id = ?",
				Integer.class, clinic))
			.as("English only now")
			.isOne();
		assertThat(this.jdbc.queryForList("select detail from audit_event where clinic_id = ? and action = 'UPDATE'",
				String.class, clinic))
			.anyMatch((detail) -> detail.contains("crisis number +44 20 7946 1111"));
	}

	private String answerWithRisk(UserAccount therapist, String language) {
		Client client = this.caseload.admit(therapist.asCurrentUser(), "R-" + UUID.randomUUID(), therapist.email(),
				LocalDate.now());
		UUID session = this.caseload
			.recordSession(therapist.asCurrentUser(), client.id(), 1, LocalDate.now(), Attendance.ATTENDED)
			.id();
		String link = new ApiClient(this.port)
			.post("/api/v1/sessions/" + session + "/links", this.tokens.issue(therapist.email()),
					"{\"instruments\":[\"phq9\"]}")
			.json()
			.get("path")
			.asString();
		PageSession phone = PageSession.anonymous(this.port);
		phone.get(link + "?lang=" + language);
		Map<String, String> answers = new HashMap<>();
		for (int item = 1; item <= 9; item++) {
			answers.put("item-" + item, "1");
		}
		assertThat(phone.post(link + "/phq9?lang=" + language, answers).status()).isEqualTo(302);
		return phone.get(link + "?lang=" + language).body();
	}

}
