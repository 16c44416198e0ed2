package org.alliance.security;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alliance.AuthenticatorApp;
import org.alliance.PageClient;
import org.alliance.PageSession;
import org.alliance.PageSession.Page;
import org.alliance.TestClinic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A secret that the server's key does not open (the server was started with another key
 * file than the one it was sealed with) is never a 500: the second-factor page says the
 * server's key does not match and to contact the admin, with 503; the event is logged
 * once, without the secret, and audited; a recovery code still signs the person in.
 */
@ExtendWith(OutputCaptureExtension.class)
class ServerKeyMismatchTests extends SecuredServer {

	@TempDir
	Path folder;

	@Test
	void aSecretSealedUnderAnotherKeyIsSaidOnTheSignInPageAndLoggedOnceWithoutTheSecret(CapturedOutput output) {
		TestClinic clinic = TestClinic.create(this.accounts, this.tokens);
		String email = clinic.supervisor().email();
		UUID id = clinic.supervisor().account().id();
		List<String> recovery = passwordOnly(email).enrolSecondFactor(email, this.clock);
		String sealed = new SecretsAtRest(this.folder.resolve("another.key")).seal(new byte[20],
				SecondFactors.owner(id));
		this.jdbc.update("update second_factor set secret = ? where user_id = ?", sealed, id);
		this.clock.advance(Duration.ofMinutes(1));
		int logged = occurrences(output.getAll(), "does not open the authenticator secret of account " + id);

		PageSession session = passwordOnly(email);
		session.get("/login/second-factor");
		Page answered = session.post("/login/second-factor", Map.of("code", app(email).nextCode(this.clock)));
		assertThat(answered.status()).isEqualTo(503);
		assertThat(answered.body()).contains("this server&#39;s key does not match",
				"Contact your clinic&#39;s" + " administrator");
		assertThat(trailOf(email))
			.contains("SECOND_FACTOR_FAILED account the server's key does not open the authenticator's secret");
		assertThat(occurrences(output.getAll(), "does not open the authenticator secret of account " + id))
			.isEqualTo(logged + 1);
		assertThat(output.getAll()).doesNotContain(sealed.substring(3));

		// A code sent with the password while the email waits is no proof, and no 500
		// either: the attempt waits as one without a code.
		PageClient attacker = new PageClient(this.port);
		for (int guess = 1; guess <= 5; guess++) {
			attacker.signIn(email, "guess-" + guess);
		}
		PageSession owner = PageSession.anonymous(this.port);
		owner.get("/login");
		assertThat(owner
			.post("/login",
					Map.of("username", email, "password", TestClinic.PASSWORD, "code", app(email).nextCode(this.clock)))
			.status()).isEqualTo(429);

		// The server's fault is not counted as a wrong code: a recovery code signs in.
		session.get("/login/second-factor");
		assertThat(session.post("/login/second-factor", Map.of("code", recovery.get(0))).location()).isEqualTo("/");
		assertThat(session.get("/clients").status()).isEqualTo(200);
	}

	private PageSession passwordOnly(String email) {
		PageSession session = PageSession.anonymous(this.port);
		session.get("/login");
		assertThat(session.post("/login", Map.of("username", email, "password", TestClinic.PASSWORD)).status())
			.isEqualTo(302);
		return session;
	}

	private static AuthenticatorApp app(String email) {
		return AuthenticatorApp.of(email).orElseThrow();
	}

	private static int occurrences(String text, String part) {
		return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
	}

}
