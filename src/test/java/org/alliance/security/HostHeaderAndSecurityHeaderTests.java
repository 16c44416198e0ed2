package org.alliance.security;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.alliance.ApiClient;
import org.alliance.PageClient;
import org.alliance.PageClient.Page;
import org.alliance.TestClinic;
import org.alliance.care.Attendance;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Links and redirects ignore the {@code Host} header the caller writes, and every answer
 * carries the headers that keep scripts, frames and referrers in check.
 */
class HostHeaderAndSecurityHeaderTests extends SecuredServer {

	private static final String EVIL = "evil.example";

	@Autowired
	Caseload caseload;

	@Test
	void aForgedHostHeaderDoesNotChangeThePersonalLinkOnTheClientPage() {
		TestClinic clinic = TestClinic.create(this.accounts, this.tokens);
		CurrentUser therapist = clinic.therapist().account().asCurrentUser();
		Client client = this.caseload.admit(therapist, "H-" + UUID.randomUUID(), therapist.email(), LocalDate.now());
		UUID session = this.caseload.recordSession(therapist, client.id(), 1, LocalDate.now(), Attendance.ATTENDED)
			.id();
		PageClient browser = new PageClient(this.port);
		browser.signIn(therapist.email(), TestClinic.PASSWORD);
		browser.get("/clients/" + client.id());

		Page issued = browser.forged("POST", "/clients/" + client.id() + "/sessions/" + session + "/link", EVIL,
				Map.of("Content-Type", "application/x-www-form-urlencoded"), browser.formWithCsrf(Map.of()));
		assertThat(issued.status()).isEqualTo(302);
		// Relative, on the server's own page: the forged host is not in it.
		assertThat(issued.location()).isEqualTo("/clients/" + client.id() + "#client-link");

		String page = browser.get("/clients/" + client.id()).body();
		assertThat(page).contains("href=\"" + BASE_URL + "/r/").doesNotContain(EVIL);
	}

	@Test
	void aForgedHostHeaderDoesNotChangeTheLinkTheApiReturns() {
		TestClinic clinic = TestClinic.create(this.accounts, this.tokens);
		ApiClient api = new ApiClient(this.port);
		String client = api
			.post("/api/v1/clients", clinic.therapist().token(),
					"{\"pseudonym\":\"H-" + UUID.randomUUID() + "\",\"therapist\":\"" + clinic.therapist().email()
							+ "\"}")
			.id();
		String session = api
			.post("/api/v1/clients/" + client + "/sessions", clinic.therapist().token(),
					"{\"number\":1,\"date\":\"" + LocalDate.now() + "\",\"attendance\":\"attended\"}")
			.id();

		Page link = new PageClient(this.port).forged("POST", "/api/v1/sessions/" + session + "/links", EVIL,
				Map.of("Authorization", "Bearer " + clinic.therapist().token(), "Content-Type", "application/json"),
				"{}");
		assertThat(link.status()).isEqualTo(201);
		var json = JsonMapper.builder().build().readTree(link.body());
		assertThat(json.get("url").asString()).isEqualTo(BASE_URL + json.get("path").asString());
		assertThat(json.get("path").asString()).startsWith("/r/");
	}

	@Test
	void redirectsAndTheApiDescriptionIgnoreAForgedHostHeader() {
		PageClient anonymous = new PageClient(this.port);
		assertThat(anonymous.forged("GET", "/clients", EVIL, Map.of(), null).location()).isEqualTo("/login");
		assertThat(anonymous.forged("GET", "/", EVIL, Map.of(), null).location()).doesNotContain(EVIL);
		TestClinic clinic = TestClinic.create(this.accounts, this.tokens);
		Page docs = anonymous.forged("GET", "/v3/api-docs", EVIL,
				Map.of("Authorization", "Bearer " + clinic.therapist().token()), null);
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.body()).doesNotContain(EVIL).contains("\"url\":\"" + BASE_URL + "\"");
	}

	@Test
	void pagesAllowNoInlineScriptAndSendNoReferrer() {
		TestClinic clinic = TestClinic.create(this.accounts, this.tokens);
		PageClient browser = new PageClient(this.port);
		Page login = browser.get("/login");
		assertPageHeaders(login);
		browser.signIn(clinic.therapist().email(), TestClinic.PASSWORD);
		assertPageHeaders(browser.get("/clients"));
		assertPageHeaders(new PageClient(this.port).get("/r/" + UUID.randomUUID()));
	}

	@Test
	void theApiDocumentationMayStyleInlineButRunsNoInlineScript() {
		TestClinic clinic = TestClinic.create(this.accounts, this.tokens);
		PageClient browser = new PageClient(this.port);
		browser.signIn(clinic.therapist().email(), TestClinic.PASSWORD);
		String policy = browser.get("/swagger-ui/index.html").header("Content-Security-Policy").orElseThrow();
		assertThat(directive(policy, "script-src")).isEqualTo("script-src 'self'");
		assertThat(directive(policy, "style-src")).isEqualTo("style-src 'self' 'unsafe-inline'");
		assertThat(directive(policy, "frame-ancestors")).isEqualTo("frame-ancestors 'none'");
	}

	@Test
	void theApiAnswersWithAPolicyThatLoadsNothing() {
		TestClinic clinic = TestClinic.create(this.accounts, this.tokens);
		Page reply = new PageClient(this.port).forged("GET", "/api/v1/clients", "127.0.0.1:" + this.port,
				Map.of("Authorization", "Bearer " + clinic.therapist().token()), null);
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.header("Content-Security-Policy")).contains("default-src 'none'; frame-ancestors 'none'");
		assertThat(reply.header("Referrer-Policy")).contains("no-referrer");
		assertThat(reply.header("X-Content-Type-Options")).contains("nosniff");
	}

	@Test
	void theSessionCookieIsSameSiteLaxAndHttpOnly() {
		Page login = new PageClient(this.port).get("/login");
		String cookie = login.headers()
			.get("set-cookie")
			.stream()
			.filter((c) -> c.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow();
		assertThat(cookie).contains("SameSite=Lax").contains("HttpOnly");
	}

	private static void assertPageHeaders(Page page) {
		String policy = page.header("Content-Security-Policy").orElseThrow();
		String scripts = directive(policy, "script-src");
		assertThat(scripts).isEqualTo("script-src 'self'");
		assertThat(policy).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
		assertThat(directive(policy, "frame-ancestors")).isEqualTo("frame-ancestors 'none'");
		assertThat(directive(policy, "object-src")).isEqualTo("object-src 'none'");
		assertThat(page.header("Referrer-Policy")).contains("no-referrer");
		assertThat(page.header("X-Content-Type-Options")).contains("nosniff");
		assertThat(page.header("X-Frame-Options")).contains("DENY");
	}

	private static String directive(String policy, String name) {
		for (String directive : policy.split(";")) {
			if (directive.trim().startsWith(name + " ")) {
				return directive.trim();
			}
		}
		throw new AssertionError("No " + name + " in " + policy);
	}

}
