package org.alliance.security;

import java.util.Map;

import org.alliance.PageClient;
import org.alliance.PageClient.Page;
import org.alliance.TestClinic;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's description and Swagger UI are for signed-in people, and the description also
 * for a caller with a valid bearer token; anyone else gets the sign-in page.
 */
class ApiDescriptionAccessTests extends SecuredServer {

	@Test
	void aStrangerIsSentToSignInForTheDescriptionAndTheDocumentationPage() {
		PageClient stranger = new PageClient(this.port);
		for (String path : new String[] { "/v3/api-docs", "/v3/api-docs/swagger-config", "/v3/api-docs.yaml",
				"/swagger-ui/index.html", "/swagger-ui.html" }) {
			Page answer = stranger.get(path);
			assertThat(answer.status()).as(path).isEqualTo(302);
			assertThat(answer.location()).as(path).isEqualTo("/login");
			assertThat(answer.body()).as(path).doesNotContain("/api/v1/clients");
		}
	}

	@Test
	void aValidBearerTokenReadsTheDescriptionAndABogusOneIsRefusedWithAProblem() {
		TestClinic clinic = TestClinic.create(this.accounts, this.tokens);
		Page withToken = new PageClient(this.port).forged("GET", "/v3/api-docs", "127.0.0.1:" + this.port,
				Map.of("Authorization", "Bearer " + clinic.therapist().token()), null);
		assertThat(withToken.status()).isEqualTo(200);
		assertThat(withToken.body()).contains("/api/v1/clients");

		Page bogus = new PageClient(this.port).forged("GET", "/v3/api-docs", "127.0.0.1:" + this.port,
				Map.of("Authorization", "Bearer alc_bogus"), null);
		assertThat(bogus.status()).isEqualTo(401);
		assertThat(bogus.header("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(bogus.body()).doesNotContain("/api/v1/clients");
	}

	@Test
	void aSignedInPersonReadsTheDocumentationPageAndTheDescription() {
		TestClinic clinic = TestClinic.create(this.accounts, this.tokens);
		PageClient browser = new PageClient(this.port);
		browser.signIn(clinic.therapist().email(), TestClinic.PASSWORD);
		assertThat(browser.get("/swagger-ui/index.html").status()).isEqualTo(200);
		Page description = browser.get("/v3/api-docs");
		assertThat(description.status()).isEqualTo(200);
		assertThat(description.body()).contains("/api/v1/clients");
	}

}
