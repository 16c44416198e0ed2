package org.alliance.staff;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alliance.AdjustableClock;
import org.alliance.ApiClient;
import org.alliance.ApiClient.Reply;
import org.alliance.PageSession;
import org.alliance.PageSession.Page;
import org.alliance.TestClinic;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.security.ActForGrants;
import org.alliance.security.ApiTokens;
import org.alliance.security.CurrentUser;
import org.alliance.security.TreatedClient;
import org.alliance.security.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff accounts over a real port: an admin invites by the API, the invitee sets a
 * password on the invitation page, and reset, disable, enable and a role change take
 * effect at the next request, each audited. Run against H2 and PostgreSQL by the
 * subclasses.
 */
abstract class StaffAccountTests {

	static final String NEW_PASSWORD = "lantern otter meadow";

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AdjustableClock clock;

	@Autowired
	Caseload caseload;

	@Autowired
	ActForGrants grants;

	TestClinic clinic;

	ApiClient api;

	@BeforeEach
	void openClinic() {
		this.clinic = TestClinic.create(this.accounts, this.tokens);
		this.api = new ApiClient(this.port);
	}

	@Test
	void anInvitationLinkWorksOnceAndTheInviteeThenSignsInWithTheirOwnPassword() {
		Reply invited = invite("new-" + tag() + "@clinic.test", "Dr Ana Ruiz", "therapist");
		assertThat(invited.status()).as(invited.body()).isEqualTo(201);
		String link = invited.json().get("invitation").asString();
		assertThat(link).matches("http://127\\.0\\.0\\.1:\\d+/invitations/[A-Za-z0-9_-]{43}");
		String email = invited.json().get("email").asString();
		assertThat(people()).anySatisfy((p) -> assertThat(p).contains(email, "invited"));
		assertThat(signInAnswer(email, NEW_PASSWORD)).isEqualTo("/login?error");

		PageSession invitee = PageSession.anonymous(this.port);
		Page page = invitee.get(path(link));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Join Clinic ", "autocomplete=\"new-password\"", email);
		Page accepted = invitee.post(path(link), Map.of("displayName", "Dr Ana Ruiz", "password", NEW_PASSWORD));
		assertThat(accepted.status()).isEqualTo(302);
		assertThat(accepted.location()).isEqualTo("/login?activated");

		PageSession signedIn = PageSession.signIn(this.port, email, NEW_PASSWORD, this.clock);
		assertThat(signedIn.get("/account").body()).contains("Dr Ana Ruiz", "therapist");
		assertThat(invitee.get(path(link)).status()).isEqualTo(404);
		assertThat(invitee.post(path(link), Map.of("displayName", "X", "password", "another fine passphrase")).status())
			.isEqualTo(404);
	}

	@Test
	void anInvitationLinkStopsWorkingAfterSeventyTwoHours() {
		String link = invite("late-" + tag() + "@clinic.test", "Late Comer", "supervisor").json()
			.get("invitation")
			.asString();
		this.clock.advance(Duration.ofHours(72).minusSeconds(5));
		PageSession invitee = PageSession.anonymous(this.port);
		assertThat(invitee.get(path(link)).status()).isEqualTo(200);
		this.clock.advance(Duration.ofSeconds(10));
		// The form read in time, sent too late.
		assertThat(invitee.post(path(link), Map.of("displayName", "Late", "password", NEW_PASSWORD)).status())
			.isEqualTo(404);
		assertThat(invitee.get(path(link)).body()).contains("This invitation link does not work");
	}

	/**
	 * ASVS 5.0 V6.2 as the issue sets it, on the invitation page: 11 characters refused,
	 * 12 accepted, 129 refused, a listed password refused, each beside the password
	 * field, and a refusal changes nothing.
	 */
	@Test
	void theInvitationPageRefusesPasswordsByThePolicyBesideTheField() {
		String link = path(invite("rules-" + tag() + "@clinic.test", "Rule Tester", "therapist").json()
			.get("invitation")
			.asString());
		PageSession invitee = PageSession.anonymous(this.port);
		invitee.get(link);
		for (String refused : List.of("mauve kettl", "x".repeat(129), "passwordpassword")) {
			Page page = invitee.post(link, Map.of("displayName", "Rule Tester", "password", refused));
			assertThat(page.status()).isEqualTo(422);
			assertThat(page.errorBeside("password")).isNotEmpty();
			assertThat(page.body()).doesNotContain(refused);
		}
		Page page = invitee.post(link, Map.of("displayName", "", "password", "mauve kettle"));
		assertThat(page.errorBeside("displayName")).isNotEmpty();
		assertThat(invitee.post(link, Map.of("displayName", "Rule Tester", "password", "mauve kettle")).location())
			.isEqualTo("/login?activated");
	}

	/**
	 * The same policy on the API: 11 refused, 128 accepted, 129 refused, listed refused.
	 */
	@Test
	void theApiRefusesPasswordsByThePolicyNamingTheField() {
		String token = this.clinic.therapist().token();
		String current = TestClinic.PASSWORD;
		for (String refused : List.of("mauve kettl", "y".repeat(129), "qwerty123456")) {
			Reply reply = changePassword(token, current, refused);
			assertThat(reply.status()).isEqualTo(422);
			assertThat(reply.contentType()).startsWith("application/problem+json");
			assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
		}
		Reply wrongCurrent = changePassword(token, "not my password at all", NEW_PASSWORD);
		assertThat(wrongCurrent.json().get("errors").get(0).get("field").asString()).isEqualTo("currentPassword");
		String longest = "river otter lantern ".repeat(7).substring(0, 128);
		assertThat(changePassword(token, current, longest).status()).isEqualTo(200);
		assertThat(signInAnswer(this.clinic.therapist().email(), current)).isEqualTo("/login?error");
		PageSession.signIn(this.port, this.clinic.therapist().email(), longest, this.clock);
	}

	@Test
	void aDisabledPersonsTokenIsRefusedAtTheNextRequestAndSignInAnswersAsForNoAccount() {
		String token = this.clinic.therapist().token();
		assertThat(this.api.get("/api/v1/clients", token).status()).isEqualTo(200);
		UUID id = this.clinic.therapist().account().id();

		Reply disabled = this.api.post("/api/v1/users/" + id + "/disable", admin(), "");
		assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
		assertThat(disabled.json().get("status").asString()).isEqualTo("disabled");

		assertThat(this.api.get("/api/v1/clients", token).status()).isEqualTo(401);
		assertThat(signInAnswer(this.clinic.therapist().email(), TestClinic.PASSWORD))
			.isEqualTo(signInAnswer("nobody-" + tag() + "@clinic.test", TestClinic.PASSWORD))
			.isEqualTo("/login?error");

		assertThat(this.jdbc.queryForList("""
				select detail from audit_event where action = 'SIGN_IN_FAILED' and actor = ? order by id desc""",
				String.class, this.clinic.therapist().email()))
			.first()
			.asString()
			.startsWith("account not active");

		assertThat(this.api.post("/api/v1/users/" + id + "/enable", admin(), "").json().get("status").asString())
			.isEqualTo("active");
		// Enabled again, the person signs in and makes a new token: the old one stays
		// revoked, so one that leaked while the account was disabled is no use.
		assertThat(this.api.get("/api/v1/clients", token).status()).isEqualTo(401);
		assertThat(this.tokens.list(this.clinic.therapist().email())).isNotEmpty()
			.allSatisfy((t) -> assertThat(t.revokedAt()).isNotNull());
		assertThat(trail(id)).containsSubsequence("ACCOUNT_DISABLED", "ACCOUNT_ENABLED");
		assertThat(detail("ACCOUNT_DISABLED", id)).contains("1 API token revoked");
	}

	/**
	 * A reset is what an admin does when a person's credentials may be in other hands:
	 * every API token of theirs is revoked for good and every act-for grant they hold
	 * ends, in the reset's own transaction, and its audit entry says so.
	 */
	@Test
	void aResetRevokesThePersonsTokensForGoodAndEndsTheirActForGrants() {
		String email = this.clinic.supervisor().email();
		UUID id = this.clinic.supervisor().account().id();
		String token = this.clinic.supervisor().token();
		CurrentUser supervisor = this.clinic.supervisor().account().asCurrentUser();
		CurrentUser therapist = this.clinic.therapist().account().asCurrentUser();
		Client client = this.caseload.admit(therapist, "R-" + tag(), therapist.email(), LocalDate.now());
		this.grants.start(supervisor, new TreatedClient(this.clinic.id(), client.id(), therapist.userId()),
				"Covering while the therapist is away");
		assertThat(this.grants.active(supervisor, client.id())).isPresent();

		Reply reset = this.api.post("/api/v1/users/" + id + "/reset", admin(), "");
		assertThat(reset.status()).as(reset.body()).isEqualTo(200);
		assertThat(this.grants.active(supervisor, client.id())).isEmpty();
		assertThat(detail("ACCOUNT_RESET", id)).contains("1 API token revoked", "1 act-for grant ended");

		String link = path(reset.json().get("invitation").asString());
		PageSession owner = PageSession.anonymous(this.port);
		owner.get(link);
		assertThat(owner.post(link, Map.of("displayName", "Sam Supervisor", "password", NEW_PASSWORD)).location())
			.isEqualTo("/login?activated");
		assertThat(this.api.get("/api/v1/clients", token).status()).isEqualTo(401);
		assertThat(this.tokens.list(email)).singleElement()
			.satisfies((t) -> assertThat(t.status(this.clock.instant())).isEqualTo("revoked"));
		assertThat(this.grants.active(supervisor, client.id())).isEmpty();
	}

	/**
	 * A name is how every page tells people apart, so the clinic's people may not share
	 * one (whatever its case) nor hold characters that change how it reads (U+202E shows
	 * "Dr Ana Ruiz" stored backwards) or that draw nothing.
	 */
	@Test
	void aNameAnotherPersonOfTheClinicHoldsOrOneThatReadsOtherwiseIsRefusedBesideTheField() {
		int before = this.accounts.inClinic(this.clinic.id()).size();
		String adminName = this.clinic.admin().account().displayName();
		assertField(invite("x-" + tag() + "@clinic.test", adminName.toUpperCase(java.util.Locale.ROOT), "therapist"),
				409, "displayName");
		assertField(invite("x-" + tag() + "@clinic.test", "\u202Ezuir ana rd", "therapist"), 422, "displayName");
		assertField(invite("x-" + tag() + "@clinic.test", "\u200B\u200B", "therapist"), 422, "displayName");
		assertField(invite("x-" + tag() + "@clinic.test", "\u3164", "therapist"), 422, "displayName");
		assertThat(this.accounts.inClinic(this.clinic.id())).hasSize(before);

		String email = "sam-" + tag() + "@clinic.test";
		String link = path(invite(email, "Sam Tran", "therapist").json().get("invitation").asString());
		PageSession invitee = PageSession.anonymous(this.port);
		invitee.get(link);
		Page taken = invitee.post(link, Map.of("displayName", " " + adminName + " ", "password", NEW_PASSWORD));
		assertThat(taken.status()).isEqualTo(409);
		assertThat(taken.errorBeside("displayName")).contains("already");
		Page reversed = invitee.post(link, Map.of("displayName", "Sam\u202E Tran", "password", NEW_PASSWORD));
		assertThat(reversed.status()).isEqualTo(422);
		assertThat(reversed.errorBeside("displayName")).isNotEmpty();
		assertThat(this.accounts.findByEmail(email).orElseThrow().displayName()).isEqualTo("Sam Tran");
		assertThat(invitee.get(link).status()).as("a refusal changes nothing").isEqualTo(200);
		// The name the admin gave is the invitee's own, not another person's.
		assertThat(invitee.post(link, Map.of("displayName", "Sam Tran", "password", NEW_PASSWORD)).location())
			.isEqualTo("/login?activated");
	}

	/**
	 * OWASP ASVS 5.0 6.2.11: the person's email, the part before its @, their name and
	 * the clinic's, or one of these repeated, are refused as a password (case and spaces
	 * aside), on the invitation page and on the API.
	 */
	@Test
	void aPasswordMadeOfThePersonsOwnWordsIsRefusedOnEveryPath() {
		String local = "tess-" + tag();
		String email = local + "@clinic.test";
		String link = path(invite(email, "Tess", "therapist").json().get("invitation").asString());
		PageSession invitee = PageSession.anonymous(this.port);
		invitee.get(link);
		for (String refused : List.of("tesstesstess", "Tess Tess Tess Tess", email, local + local,
				this.accounts.clinicName(this.clinic.id()))) {
			Page page = invitee.post(link, Map.of("displayName", "Tess", "password", refused));
			assertThat(page.status()).as(refused).isEqualTo(422);
			assertThat(page.errorBeside("password")).as(refused).contains("your name");
		}
		assertThat(invitee.post(link, Map.of("displayName", "Tess", "password", NEW_PASSWORD)).location())
			.isEqualTo("/login?activated");

		String token = this.clinic.therapist().token();
		String own = this.clinic.therapist().email();
		for (String refused : List.of(own.toUpperCase(java.util.Locale.ROOT),
				this.clinic.therapist().account().displayName().repeat(2))) {
			Reply reply = changePassword(token, TestClinic.PASSWORD, refused);
			assertThat(reply.status()).as(refused).isEqualTo(422);
			assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
		}
		PageSession.signIn(this.port, own, TestClinic.PASSWORD, this.clock);
	}

	@Test
	void aResetEndsThePasswordAndIssuesANewLinkByWhichTheOwnerChoosesAnother() {
		String email = this.clinic.supervisor().email();
		UUID id = this.clinic.supervisor().account().id();
		int before = this.jdbc.queryForObject("select credentials_version from app_user where id = ?", Integer.class,
				id);
		PageSession.signIn(this.port, email, TestClinic.PASSWORD, this.clock);
		assertThat(secondFactorRows(id)).isOne();

		Reply reset = this.api.post("/api/v1/users/" + id + "/reset", admin(), "");
		assertThat(reset.status()).as(reset.body()).isEqualTo(200);
		assertThat(signInAnswer(email, TestClinic.PASSWORD)).isEqualTo("/login?error");
		assertThat(this.api.get("/api/v1/clients", this.clinic.supervisor().token()).status()).isEqualTo(401);
		assertThat(this.jdbc.queryForObject("select credentials_version from app_user where id = ?", Integer.class, id))
			.isGreaterThan(before);

		String link = path(reset.json().get("invitation").asString());
		PageSession owner = PageSession.anonymous(this.port);
		owner.get(link);
		assertThat(owner.post(link, Map.of("displayName", "Sam Supervisor", "password", NEW_PASSWORD)).location())
			.isEqualTo("/login?activated");
		// The lost phone went with the password: the person enrols a new authenticator.
		assertThat(secondFactorRows(id)).isZero();
		PageSession passwordOnly = PageSession.anonymous(this.port);
		passwordOnly.get("/login");
		assertThat(passwordOnly.post("/login", Map.of("username", email, "password", NEW_PASSWORD)).location())
			.isEqualTo("/account/mfa");
		PageSession.signIn(this.port, email, NEW_PASSWORD, this.clock);
		assertThat(secondFactorRows(id)).isOne();
		assertThat(trail(id)).containsSubsequence("ACCOUNT_RESET", "ACCOUNT_ACTIVATED");
	}

	private int secondFactorRows(UUID id) {
		return this.jdbc.queryForObject("select count(*) from second_factor where user_id = ? and secret is not null",
				Integer.class, id);
	}

	@Test
	void aRoleChangeIsAuditedFromWhatToWhat() {
		UUID id = this.clinic.otherTherapist().account().id();
		Reply changed = this.api.put("/api/v1/users/" + id + "/role", admin(),
				"{\"role\": \"supervisor\", \"administers\": true}");
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(changed.json().get("role").asString()).isEqualTo("supervisor");
		assertThat(changed.json().get("administers").asBoolean()).isTrue();
		assertThat(this.jdbc.queryForList("""
				select detail from audit_event where action = 'ROLE_CHANGED' and resource_id = ?""", String.class,
				id.toString()))
			.containsExactly("therapist to supervisor (administers)");
	}

	@Test
	void onlyAnAdminOfTheClinicManagesItsPeople() {
		Reply byTherapist = this.api.get("/api/v1/users", this.clinic.therapist().token());
		assertThat(byTherapist.status()).isEqualTo(403);
		assertThat(byTherapist.contentType()).startsWith("application/problem+json");
		assertThat(this.api.get("/api/v1/users", this.clinic.supervisor().token()).status()).isEqualTo(403);
		TestClinic other = TestClinic.create(this.accounts, this.tokens);
		Reply foreign = this.api.post("/api/v1/users/" + other.therapist().account().id() + "/disable", admin(), "");
		assertThat(foreign.status()).isEqualTo(404);
		assertThat(this.api.get("/api/v1/clients", other.therapist().token()).status()).isEqualTo(200);
	}

	@Test
	void badValuesAreProblemDocumentsNamingTheFieldAndChangeNothing() {
		int before = this.accounts.inClinic(this.clinic.id()).size();
		assertField(invite("not an email", "Name", "therapist"), 422, "email");
		assertField(invite("x-" + tag() + "@clinic.test", " ", "therapist"), 422, "displayName");
		assertField(invite("x-" + tag() + "@clinic.test", "Name", "client"), 422, "role");
		assertField(invite(this.clinic.therapist().email(), "Name", "therapist"), 409, "email");
		UUID self = this.clinic.admin().account().id();
		assertField(this.api.post("/api/v1/users/" + self + "/disable", admin(), ""), 409, "id");
		assertField(this.api.put("/api/v1/users/" + self + "/role", admin(), "{\"role\": \"therapist\"}"), 409, "id");
		assertThat(this.accounts.inClinic(this.clinic.id())).hasSize(before);
	}

	private void assertField(Reply reply, int status, String field) {
		assertThat(reply.status()).as(reply.body()).isEqualTo(status);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
	}

	private Reply invite(String email, String name, String role) {
		return this.api.post("/api/v1/users", admin(),
				"{\"email\": \"" + email + "\", \"displayName\": \"" + name + "\", \"role\": \"" + role + "\"}");
	}

	private Reply changePassword(String token, String current, String password) {
		return this.api.post("/api/v1/account/password", token,
				"{\"currentPassword\": \"" + current + "\", \"password\": \"" + password + "\"}");
	}

	private List<String> people() {
		return this.api.get("/api/v1/users", admin()).json().valueStream().map(Object::toString).toList();
	}

	private String detail(String action, UUID account) {
		return this.jdbc.queryForObject("""
				select detail from audit_event where action = ? and resource_id = ? order by id desc limit 1""",
				String.class, action, account.toString());
	}

	private List<String> trail(UUID account) {
		return this.jdbc.queryForList("select action from audit_event where resource_id = ? order by id", String.class,
				account.toString());
	}

	/** Where the sign-in form sends a person: the caseload, or the page saying no. */
	private String signInAnswer(String email, String password) {
		PageSession session = PageSession.anonymous(this.port);
		session.get("/login");
		return session.post("/login", Map.of("username", email, "password", password)).location();
	}

	private String admin() {
		return this.clinic.admin().token();
	}

	static String path(String link) {
		return link.substring(link.indexOf("/invitations/"));
	}

	static String tag() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
