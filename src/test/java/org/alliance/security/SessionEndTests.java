package org.alliance.security;

import java.time.Duration;
import java.util.Map;

import org.alliance.PageSession;
import org.alliance.TestClinic;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Web sessions end after 30 minutes idle and 12 hours in all (the clock is moved, not
 * waited for), and at the very next request when the credentials version grows or the
 * account is disabled; the person ends their other sessions from /account/sessions. Each
 * end is audited and the sign-in page says why.
 */
class SessionEndTests extends SecuredServer {

	@Test
	void aSessionEndsAfterThirtyMinutesWithoutARequest() {
		TestClinic clinic = TestClinic.create(this.accounts, this.tokens);
		PageSession pages = signIn(clinic.therapist().email());
		this.clock.advance(Duration.ofMinutes(29));
		assertThat(pages.get("/clients").status()).isEqualTo(200);
		this.clock.advance(Duration.ofMinutes(29));
		assertThat(pages.get("/clients").status()).isEqualTo(200);
		this.clock.advance(Duration.ofMinutes(30));
		assertThat(pages.get("/clients").location()).isEqualTo("/login?ended=idle");
		assertThat(pages.get("/login?ended=idle").body()).contains("signed out after a time without activity");
		assertThat(pages.get("/clients").location()).startsWith("/login");
		assertThat(trailOf(clinic.therapist().email())).contains("SESSION_ENDED account no activity for too long");
	}

	@Test
	void aBusySessionEndsTwelveHoursAfterSignIn() {
		TestClinic clinic = TestClinic.create(this.accounts, this.tokens);
		PageSession pages = signIn(clinic.therapist().email());
		for (int i = 0; i < 47; i++) {
			this.clock.advance(Duration.ofMinutes(15));
			assertThat(pages.get("/clients").status()).isEqualTo(200);
		}
		this.clock.advance(Duration.ofMinutes(15));
		assertThat(pages.get("/clients").location()).isEqualTo("/login?ended=absolute");
	}

	@Test
	void everySessionEndsAtTheNextRequestWhenTheCredentialsChange() {
		TestClinic clinic = TestClinic.create(this.accounts, this.tokens);
		String email = clinic.therapist().email();
		PageSession laptop = signIn(email);
		PageSession phone = signIn(email);
		this.jdbc.update("update app_user set credentials_version = credentials_version + 1 where email = ?", email);
		assertThat(laptop.get("/clients").location()).isEqualTo("/login?ended=credentials");
		assertThat(phone.get("/clients").location()).isEqualTo("/login?ended=credentials");
		assertThat(signIn(email).get("/clients").status()).isEqualTo(200);
	}

	@Test
	void aDisabledPersonsSessionEndsAtTheNextRequest() {
		TestClinic clinic = TestClinic.create(this.accounts, this.tokens);
		PageSession pages = signIn(clinic.therapist().email());
		this.jdbc.update("update app_user set status = 'disabled' where id = ?", clinic.therapist().account().id());
		assertThat(pages.get("/clients").location()).isEqualTo("/login?ended=account");
	}

	@Test
	void aPersonSeesTheirSessionsAndEndsTheOthers() {
		TestClinic clinic = TestClinic.create(this.accounts, this.tokens);
		String email = clinic.therapist().email();
		PageSession other = signIn(email);
		PageSession own = signIn(email);
		String list = own.get("/account/sessions").body();
		assertThat(list).contains("this session").contains("127.0.0.1");
		assertThat(list.split("<tr").length - 2).isEqualTo(2);
		assertThat(own.post("/account/sessions/end-others", Map.of()).location()).isEqualTo("/account/sessions?ended");
		assertThat(other.get("/clients").location()).isEqualTo("/login?ended=ended");
		assertThat(own.get("/clients").status()).isEqualTo(200);
		assertThat(trailOf(email)).contains("SESSION_ENDED account ended by the person from another session");
	}

	@Test
	void signingOutEndsTheSessionRow() {
		TestClinic clinic = TestClinic.create(this.accounts, this.tokens);
		PageSession pages = signIn(clinic.therapist().email());
		pages.get("/clients");
		assertThat(pages.post("/logout", Map.of()).location()).isEqualTo("/login?logout");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from web_session where user_id = ? and ended_at is null and end_reason is null",
				Integer.class, clinic.therapist().account().id()))
			.isZero();
	}

	private PageSession signIn(String email) {
		return PageSession.signIn(this.port, email, TestClinic.PASSWORD, this.clock);
	}

}
