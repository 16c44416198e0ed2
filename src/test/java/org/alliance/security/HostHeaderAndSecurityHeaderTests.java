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
 * Links and redirects ignore the {@code Host} header the caller writes.
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
		assertThat(issued.location()).isEqualTo("/clients/" + client.id());

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
		Page docs = anonymous.forged("GET", "/v3/api-docs", EVIL, Map.of(), null);
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.body()).doesNotContain(EVIL).contains("\"url\":\"" + BASE_URL + "\"");
	}

}
