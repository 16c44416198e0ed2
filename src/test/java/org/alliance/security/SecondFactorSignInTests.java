package org.alliance.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.alliance.AuthenticatorApp;
import org.alliance.PageSession;
import org.alliance.PageSession.Page;
import org.alliance.TestClinic;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in with a second factor over a real port, codes computed from the secret read
 * off the enrolment page at the server's (moved) clock: enrolment first for a supervisor,
 * then password and code; no page before the code; a replayed code refused and audited; a
 * recovery code accepted once; no second factor in the demo clinic; therapists only when
 * the clinic says so; the secret stored encrypted.
 */
class SecondFactorSignInTests extends SecuredServer {

	@Test
	void aSupervisorEnrolsAtFirstSignInThenSignsInWithPasswordAndCode() {
		TestClinic clinic = TestClinic.create(this.accounts, this.tokens);
		String email = clinic.supervisor().email();
		PageSession first = passwordOnly(email);
		assertThat(first.get("/clients").location()).isEqualTo("/account/mfa");
		assertThat(first.get("/admin/settings").location()).isEqualTo("/account/mfa");
		List<String> recovery = first.enrolSecondFactor(email, this.clock);
		assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
		assertThat(first.get("/clients").status()).isEqualTo(200);
		String secret = this.jdbc.queryForObject("select secret from second_factor where user_id = ?", String.class,
				clinic.supervisor().account().id());
		assertThat(secret).startsWith("v1:");
		assertThat(this.jdbc.queryForList("select code_hash from recovery_code where user_id = ?", String.class,
				clinic.supervisor().account().id()))
			.hasSize(10)
			.noneMatch((hash) -> recovery.stream().anyMatch((code) -> hash.contains(code.replace("-", ""))));

		this.clock.advance(Duration.ofMinutes(1));
		PageSession second = passwordOnly(email);
		assertThat(second.get("/clients").location()).isEqualTo("/login/second-factor");
		assertThat(second.get("/account/tokens").location()).isEqualTo("/login/second-factor");
		String code = app(email).nextCode(this.clock);
		Page answered = answer(second, code);
		assertThat(answered.location()).isEqualTo("/");
		assertThat(second.get("/clients").status()).isEqualTo(200);
		assertThat(trailOf(email)).contains("MFA_ENROLLED account authenticator enrolled");
	}

	@Test
	void aCodeUsedOnceIsRefusedWhenReplayedAndTheAttemptIsAudited() {
		TestClinic clinic = TestClinic.create(this.accounts, this.tokens);
		String email = clinic.admin().email();
		passwordOnly(email).enrolSecondFactor(email, this.clock);
		this.clock.advance(Duration.ofMinutes(2));
		String code = app(email).currentCode(this.clock);
		assertThat(answer(passwordOnly(email), code).location()).isEqualTo("/");

		PageSession attacker = passwordOnly(email);
		Page replayed = answer(attacker, code);
		assertThat(replayed.status()).isEqualTo(422);
		assertThat(replayed.errorBeside("code")).contains("used already");
		assertThat(attacker.get("/clients").location()).isEqualTo("/login/second-factor");
		assertThat(trailOf(email)).contains("CODE_REPLAY_REFUSED account code of a time step already used");
	}

	@Test
	void aRecoveryCodeWorksOnceAndFiveWrongCodesEndTheAttempt() {
		TestClinic clinic = TestClinic.create(this.accounts, this.tokens);
		String email = clinic.supervisor().email();
		List<String> recovery = passwordOnly(email).enrolSecondFactor(email, this.clock);
		PageSession withRecovery = passwordOnly(email);
		assertThat(answer(withRecovery, recovery.get(3).toUpperCase()).location()).isEqualTo("/");
		assertThat(withRecovery.get("/clients").status()).isEqualTo(200);

		PageSession again = passwordOnly(email);
		assertThat(answer(again, recovery.get(3)).status()).isEqualTo(422);
		for (int attempt = 2; attempt <= 4; attempt++) {
			assertThat(answer(again, "000000").status()).isEqualTo(422);
		}
		assertThat(answer(again, "000000").location()).isEqualTo("/login?ended=second-factor");
		assertThat(again.get("/clients").location()).startsWith("/login");
		assertThat(trailOf(email)).filteredOn((line) -> line.startsWith("RECOVERY_CODE_USED"))
			.containsExactly("RECOVERY_CODE_USED account 9 left");
		assertThat(trailOf(email)).filteredOn((line) -> line.startsWith("SECOND_FACTOR_FAILED")).hasSize(5);
	}

	@Test
	void theDemoClinicAsksNoSecondFactorAndTherapistsOnlyWhenTheClinicSaysSo() {
		TestClinic clinic = TestClinic.create(this.accounts, this.tokens);
		assertThat(passwordOnly(clinic.therapist().email()).get("/clients").status()).isEqualTo(200);
		this.jdbc.update("update clinic set mfa_for_therapists = true where id = ?", clinic.id());
		assertThat(passwordOnly(clinic.therapist().email()).get("/clients").location()).isEqualTo("/account/mfa");

		this.jdbc.update("update clinic set demo = true where id = ?", clinic.id());
		PageSession supervisor = passwordOnly(clinic.supervisor().email());
		assertThat(supervisor.get("/clients").status()).isEqualTo(200);
		assertThat(supervisor.get("/account/mfa").body()).contains("This is the demo clinic");
	}

	@Test
	void anAdminRequiresTherapistsToUseASecondFactorOnTheSettingsPage() {
		TestClinic clinic = TestClinic.create(this.accounts, this.tokens);
		PageSession admin = PageSession.signIn(this.port, clinic.admin().email(), TestClinic.PASSWORD, this.clock);
		admin.get("/admin/settings");
		assertThat(admin.post("/admin/settings", Map.of("secondFactorForTherapists", "true")).location())
			.isEqualTo("/admin/settings?saved");
		assertThat(passwordOnly(clinic.therapist().email()).get("/clients").location()).isEqualTo("/account/mfa");
		assertThat(trailOf(clinic.admin().email())).contains("UPDATE clinic second factor for therapists required");
	}

	@Test
	void aTokenIsCreatedOnlyAfterAFreshSecondFactorAndShownOnce() {
		TestClinic clinic = TestClinic.create(this.accounts, this.tokens);
		String email = clinic.supervisor().email();
		PageSession pages = PageSession.signIn(this.port, email, TestClinic.PASSWORD, this.clock);
		pages.get("/account/tokens");
		Page created = pages.post("/account/tokens", Map.of());
		assertThat(created.status()).isEqualTo(200);
		assertThat(created.body()).containsPattern("id=\"new-token\">alc_[A-Za-z0-9_-]{43}<");

		this.clock.advance(Duration.ofMinutes(6));
		Page stale = pages.post("/account/tokens", Map.of());
		assertThat(stale.status()).isEqualTo(422);
		assertThat(stale.errorBeside("code")).contains("current code");
		Page fresh = pages.post("/account/tokens", Map.of("code", app(email).nextCode(this.clock)));
		assertThat(fresh.body()).contains("id=\"new-token\">alc_");
		String id = this.tokens.list(email).get(0).id();
		assertThat(pages.post("/account/tokens/" + id + "/revoke", Map.of()).location())
			.isEqualTo("/account/tokens?revoked");
		assertThat(this.tokens.list(email).get(0).revokedAt()).isNotNull();
		assertThat(trailOf(email)).filteredOn((line) -> line.startsWith("TOKEN_")).hasSize(3);
	}

	@Test
	void anotherPersonsTokenIsNotRevokedFromThePages() {
		TestClinic clinic = TestClinic.create(this.accounts, this.tokens);
		PageSession therapist = PageSession.signIn(this.port, clinic.therapist().email(), TestClinic.PASSWORD,
				this.clock);
		String othersToken = this.tokens.list(clinic.otherTherapist().email()).get(0).id();
		therapist.get("/account/tokens");
		assertThat(therapist.post("/account/tokens/" + othersToken + "/revoke", Map.of()).location())
			.isEqualTo("/account/tokens");
		assertThat(this.tokens.list(clinic.otherTherapist().email()).get(0).revokedAt()).isNull();
	}

	@Test
	void aCodeSentWithThePasswordGetsTheOwnerPastTheWaitThatAnAttackersGuessesEarned() {
		TestClinic clinic = TestClinic.create(this.accounts, this.tokens);
		String email = clinic.supervisor().email();
		passwordOnly(email).enrolSecondFactor(email, this.clock);
		this.clock.advance(Duration.ofMinutes(1));
		org.alliance.PageClient attacker = new org.alliance.PageClient(this.port);
		for (int guess = 1; guess <= 5; guess++) {
			attacker.signIn(email, "guess-" + guess);
		}
		PageSession owner = PageSession.anonymous(this.port);
		owner.get("/login");
		Page waiting = owner.post("/login", Map.of("username", email, "password", TestClinic.PASSWORD));
		assertThat(waiting.status()).isEqualTo(429);
		assertThat(waiting.body()).contains("id=\"code\"");

		Page wrongCode = owner.post("/login",
				Map.of("username", email, "password", TestClinic.PASSWORD, "code", "000000"));
		assertThat(wrongCode.status()).as("a wrong code proves nothing").isEqualTo(429);

		String code = app(email).nextCode(this.clock);
		Page signedIn = owner.post("/login", Map.of("username", email, "password", TestClinic.PASSWORD, "code", code));
		assertThat(signedIn.location()).as("no second step: the code came with the password").isEqualTo("/");
		assertThat(owner.get("/clients").status()).isEqualTo(200);
		assertThat(trailOf(email)).contains("SIGN_IN account with a second factor");

		PageSession replay = PageSession.anonymous(this.port);
		replay.get("/login");
		assertThat(replay.post("/login", Map.of("username", email, "password", TestClinic.PASSWORD, "code", code))
			.location()).as("the same code proves nothing twice: the second step is asked")
			.isEqualTo("/login/second-factor");
	}

	@Test
	void aCodeSentWithThePasswordGetsTheOwnerPastTheAddressLimitThatOthersExhausted() {
		TestClinic clinic = TestClinic.create(this.accounts, this.tokens);
		String email = clinic.admin().email();
		passwordOnly(email).enrolSecondFactor(email, this.clock);
		this.clock.advance(Duration.ofMinutes(1));
		org.alliance.PageClient guesser = new org.alliance.PageClient(this.port);
		for (int guess = 1; guess <= ATTEMPTS_PER_ADDRESS; guess++) {
			guesser.signIn(email, "guess-" + guess);
		}
		PageSession owner = PageSession.anonymous(this.port);
		owner.get("/login");
		Page throttled = owner.post("/login",
				Map.of("username", email, "password", TestClinic.PASSWORD, "code", "000000"));
		assertThat(throttled.status()).as("a wrong code proves nothing").isEqualTo(429);
		assertThat(throttled.body()).contains("Too many sign-in attempts from your address");

		String code = app(email).nextCode(this.clock);
		Page signedIn = owner.post("/login", Map.of("username", email, "password", TestClinic.PASSWORD, "code", code));
		assertThat(signedIn.location()).isEqualTo("/");
		assertThat(owner.get("/admin/settings").status()).isEqualTo(200);
		assertThat(trailOf(email)).filteredOn((line) -> line.startsWith("SIGN_IN "))
			.last()
			.isEqualTo("SIGN_IN account with a second factor");
	}

	/**
	 * A code sent with the password is checked before the address limit and the email's
	 * wait, so its guesses need a bound of their own: after five wrong codes the next
	 * code is not checked until the wait is over (OWASP ASVS 5.0, 6.3.1: controls against
	 * brute force).
	 */
	@Test
	void wrongCodesSentWithThePasswordEarnTheirOwnWait() {
		TestClinic clinic = TestClinic.create(this.accounts, this.tokens);
		String email = clinic.supervisor().email();
		passwordOnly(email).enrolSecondFactor(email, this.clock);
		this.clock.advance(Duration.ofMinutes(1));
		org.alliance.PageClient attacker = new org.alliance.PageClient(this.port);
		for (int guess = 1; guess <= 5; guess++) {
			attacker.signIn(email, "guess-" + guess);
		}
		PageSession guesser = PageSession.anonymous(this.port);
		guesser.get("/login");
		for (int guess = 1; guess <= 5; guess++) {
			guesser.post("/login", Map.of("username", email, "password", TestClinic.PASSWORD, "code", "00000" + guess));
		}
		String code = app(email).nextCode(this.clock);
		Page unchecked = guesser.post("/login",
				Map.of("username", email, "password", TestClinic.PASSWORD, "code", code));
		assertThat(unchecked.status()).as("the sixth code is not checked").isEqualTo(429);
		assertThat(trailOf(email)).filteredOn((line) -> line.startsWith("SECOND_FACTOR_FAILED"))
			.containsExactly("SECOND_FACTOR_FAILED account wrong code", "SECOND_FACTOR_FAILED account wrong code",
					"SECOND_FACTOR_FAILED account wrong code", "SECOND_FACTOR_FAILED account wrong code",
					"SECOND_FACTOR_FAILED account wrong code");

		this.clock.advance(Duration.ofSeconds(30));
		String later = app(email).nextCode(this.clock);
		assertThat(guesser.post("/login", Map.of("username", email, "password", TestClinic.PASSWORD, "code", later))
			.location()).isEqualTo("/");
	}

	private PageSession passwordOnly(String email) {
		PageSession session = PageSession.anonymous(this.port);
		session.get("/login");
		Page answer = session.post("/login", Map.of("username", email, "password", TestClinic.PASSWORD));
		assertThat(answer.status()).isEqualTo(302);
		return session;
	}

	/** Opens the second-factor page (for its form's CSRF token) and sends the code. */
	private static Page answer(PageSession session, String code) {
		session.get("/login/second-factor");
		return session.post("/login/second-factor", Map.of("code", code));
	}

	private static AuthenticatorApp app(String email) {
		return AuthenticatorApp.of(email).orElseThrow();
	}

}
