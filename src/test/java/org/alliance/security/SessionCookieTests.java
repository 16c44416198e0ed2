package org.alliance.security;

import java.time.Duration;

import org.alliance.PageClient;
import org.alliance.PageClient.Page;
import org.alliance.TestClinic;
import org.alliance.TestDatabases;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a TLS proxy (an https public address) the session cookie is
 * {@code __Host-JSESSIONID; Secure; Path=/}, without a domain; over plain HTTP it keeps
 * its plain name, since a browser drops a {@code __Host-} cookie that is not Secure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "alliance.base-url=https://alliance.clinic.test")
class SessionCookieTests {

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	ApiTokens tokens;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

	@Test
	void behindTlsTheCookieIsHostPrefixedAndSecure() {
		TestClinic clinic = TestClinic.create(this.accounts, this.tokens);
		PageClient browser = new PageClient(this.port);
		Page signedIn = browser.signIn(clinic.therapist().email(), TestClinic.PASSWORD);
		String cookie = signedIn.headers()
			.get("set-cookie")
			.stream()
			.filter((c) -> c.startsWith("__Host-JSESSIONID="))
			.findFirst()
			.orElseThrow();
		assertThat(cookie).contains("Secure").contains("Path=/;").contains("HttpOnly").doesNotContain("Domain");
	}

	@Test
	void theCookieIsSecureWhenTheServerOrItsPublicAddressSpeaksTls() {
		SessionSettings auto = new SessionSettings(Duration.ofMinutes(30), Duration.ofHours(12), null);
		assertThat(SessionCookie.secure(auto, new MockEnvironment())).isFalse();
		assertThat(SessionCookie.secure(auto, new MockEnvironment().withProperty("server.ssl.enabled", "true")))
			.isTrue();
		assertThat(SessionCookie.secure(auto,
				new MockEnvironment().withProperty("alliance.base-url", "https://alliance.example.org")))
			.isTrue();
		assertThat(SessionCookie.secure(auto,
				new MockEnvironment().withProperty("alliance.base-url", "http://127.0.0.1:8080")))
			.isFalse();
		assertThat(new SessionCookie(auto, new MockEnvironment()).name()).isEqualTo("JSESSIONID");
	}

}
