package org.alliance.staff;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.alliance.PageSession;
import org.alliance.PageSession.Page;
import org.alliance.ServerOnH2;
import org.alliance.TestClinic;
import org.alliance.care.Attendance;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.security.CurrentUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account pages over HTTP: an admin's people page (a link shown once, refusals beside
 * their field, admins only), the account audit page by name, a person's own password
 * change, and people named instead of their emails.
 */
class StaffPagesTests extends ServerOnH2 {

	@Autowired
	Caseload caseload;

	@Test
	void anAdminInvitesOnThePeoplePageAndSeesTheLinkOnceAndThePersonByName() {
		TestClinic clinic = newClinic();
		PageSession admin = PageSession.signIn(this.port, clinic.admin().email(), TestClinic.PASSWORD);
		Page people = admin.get("/admin/users");
		assertThat(people.status()).isEqualTo(200);
		assertThat(people.body()).contains(clinic.therapist().account().displayName());

		String email = "ines-" + UUID.randomUUID() + "@clinic.test";
		Page invited = admin.post("/admin/users",
				Map.of("email", email, "displayName", "Dr Inés Ortega", "role", "supervisor"));
		assertThat(invited.status()).isEqualTo(200);
		assertThat(invited.body()).contains("id=\"invitation-link\"", "/invitations/", "Dr Inés Ortega");
		Page again = admin.get("/admin/users");
		assertThat(again.body()).contains("Dr Inés Ortega").doesNotContain("id=\"invitation-link\"");
		assertThat(this.accounts.findByEmail(email)).isPresent();

		Page audit = admin.get("/admin/audit");
		assertThat(audit.status()).isEqualTo(200);
		String events = audit.body().substring(audit.body().indexOf("<tbody>"));
		// Each person as name and email, so that a name alone cannot mislead the reader.
		assertThat(events).contains("account invited", "Dr Inés Ortega (" + email + ")",
				clinic.admin().account().displayName() + " (" + clinic.admin().email() + ")", "as supervisor");
		// The admin's second factor, enrolled at this sign-in, is an account event too;
		// newest first.
		assertThat(events.indexOf("account invited")).isLessThan(events.indexOf("mfa enrolled"));
	}

	@Test
	void aRefusedInvitationShowsTheMessageBesideItsFieldAndChangesNothing() {
		TestClinic clinic = newClinic();
		PageSession admin = PageSession.signIn(this.port, clinic.admin().email(), TestClinic.PASSWORD);
		admin.get("/admin/users");
		int before = this.accounts.inClinic(clinic.id()).size();
		Page refused = admin.post("/admin/users",
				Map.of("email", "not-an-email", "displayName", "Someone", "role", "therapist"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.errorBeside("email")).contains("email");
		assertThat(refused.body()).contains("value=\"not-an-email\"").doesNotContain("id=\"invitation-link\"");
		Page taken = admin.post("/admin/users",
				Map.of("email", clinic.therapist().email(), "displayName", "Someone", "role", "therapist"));
		assertThat(taken.status()).isEqualTo(409);
		assertThat(taken.errorBeside("email")).isNotEmpty();
		assertThat(this.accounts.inClinic(clinic.id())).hasSize(before);
	}

	@Test
	void onlyAdminsReachThePeopleAndAuditPages() {
		TestClinic clinic = newClinic();
		PageSession supervisor = PageSession.signIn(this.port, clinic.supervisor().email(), TestClinic.PASSWORD);
		assertThat(supervisor.get("/admin/users").status()).isEqualTo(403);
		assertThat(supervisor.get("/admin/audit").status()).isEqualTo(403);
		assertThat(supervisor.get("/account").body()).contains(clinic.supervisor().account().displayName(),
				"/account/password");
	}

	@Test
	void everyPageOfTheDemoClinicSaysItIsADemoAndNoOtherClinicsPageDoes() {
		TestClinic demo = newClinic();
		this.accounts.markDemo(demo.id());
		PageSession inDemo = PageSession.signIn(this.port, demo.therapist().email(), TestClinic.PASSWORD);
		for (String path : new String[] { "/clients", "/inbox", "/account", "/account/password" }) {
			assertThat(inDemo.get(path).body()).as(path).contains("id=\"demo-banner\"", "Demo clinic");
		}
		TestClinic real = newClinic();
		assertThat(PageSession.signIn(this.port, real.therapist().email(), TestClinic.PASSWORD).get("/clients").body())
			.doesNotContain("demo-banner");
	}

	@Test
	void aPersonChangesTheirOwnPasswordGivingTheCurrentOne() {
		TestClinic clinic = newClinic();
		String email = clinic.otherTherapist().email();
		PageSession me = PageSession.signIn(this.port, email, TestClinic.PASSWORD);
		assertThat(me.get("/account").body()).doesNotContain("id=\"password-changed\"")
			.doesNotContain("Your password is changed");
		Page form = me.get("/account/password");
		assertThat(form.body()).contains("autocomplete=\"new-password\"", "autocomplete=\"current-password\"")
			.doesNotContain("onpaste");

		Page wrong = me.post("/account/password",
				Map.of("currentPassword", "not the password", "password", "granite tulip harbour"));
		assertThat(wrong.status()).isEqualTo(422);
		assertThat(wrong.errorBeside("currentPassword")).isNotEmpty();
		Page tooShort = me.post("/account/password",
				Map.of("currentPassword", TestClinic.PASSWORD, "password", "mauve kettl"));
		assertThat(tooShort.errorBeside("password")).contains("at least 12");

		Page changed = me.post("/account/password",
				Map.of("currentPassword", TestClinic.PASSWORD, "password", "granite tulip harbour"));
		assertThat(changed.status()).isEqualTo(302);
		assertThat(changed.location()).isEqualTo("/account?password-changed");
		Page account = me.get("/account?password-changed");
		assertThat(account.status()).isEqualTo(200);
		assertThat(account.body()).contains("id=\"password-changed\"", "Your password is changed");
		assertThat(me.get("/account").body()).doesNotContain("Your password is changed");
		PageSession.signIn(this.port, email, "granite tulip harbour");
		assertThat(this.jdbc.queryForList("select action from audit_event where actor = ? and action = ?", String.class,
				email, "PASSWORD_CHANGED"))
			.hasSize(1);
	}

	@Test
	void aScoreEnteredOnTheClientsBehalfNamesThePersonNotTheirEmail() {
		TestClinic clinic = newClinic();
		CurrentUser therapist = clinic.therapist().account().asCurrentUser();
		Client client = this.caseload.admit(therapist, "N-" + UUID.randomUUID(), therapist.email(), LocalDate.now());
		UUID session = this.caseload.recordSession(therapist, client.id(), 1, LocalDate.now(), Attendance.ATTENDED)
			.id();
		PageSession pages = PageSession.signIn(this.port, clinic.therapist().email(), TestClinic.PASSWORD);
		pages.get("/sessions/" + session + "/paper/phq9");
		Map<String, String> answers = new java.util.HashMap<>();
		for (int item = 1; item <= 9; item++) {
			answers.put("item-" + item, (item == 9) ? "0" : "1");
		}
		answers.put("key", UUID.randomUUID().toString());
		assertThat(pages.post("/sessions/" + session + "/paper/phq9", answers).status()).isEqualTo(302);

		String page = pages.get("/clients/" + client.id()).body();
		assertThat(page).contains("entered on behalf by " + clinic.therapist().account().displayName())
			.doesNotContain("by " + clinic.therapist().email());
	}

}
