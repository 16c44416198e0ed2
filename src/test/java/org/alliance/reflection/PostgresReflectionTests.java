package org.alliance.reflection;

import java.time.LocalDate;
import java.util.UUID;

import org.alliance.ApiClient;
import org.alliance.ApiClient.Reply;
import org.alliance.TestClinic;
import org.alliance.TestDatabases;
import org.alliance.security.ApiTokens;
import org.alliance.security.UserAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #10's reflection notes and entries on the client's behalf on PostgreSQL, with the
 * same migration (V9) as on H2: a note written with tags is read back by its author
 * alone, and a PHQ-9 entered on the client's behalf is stored and listed as such.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("postgres")
class PostgresReflectionTests {

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	ApiTokens tokens;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.postgres(registry);
	}

	@Test
	void aNoteIsItsAuthorsAloneAndAnEntryOnBehalfIsMarked() {
		TestClinic clinic = TestClinic.create(this.accounts, this.tokens);
		ApiClient api = new ApiClient(this.port);
		String token = clinic.therapist().token();
		String client = api.post("/api/v1/clients", token,
				"{\"pseudonym\":\"Pg " + UUID.randomUUID().toString().substring(0, 8) + "\",\"therapist\":\""
						+ clinic.therapist().email() + "\",\"episodeStart\":\"" + LocalDate.now().minusWeeks(1) + "\"}")
			.id();
		String session = api
			.post("/api/v1/clients/" + client + "/sessions", token,
					"{\"number\":1,\"date\":\"" + LocalDate.now() + "\",\"attendance\":\"attended\"}")
			.id();

		Reply written = api.post("/api/v1/sessions/" + session + "/reflections", token,
				"{\"text\":\"Protective again.\",\"tags\":[\"protectiveness\",\"warmth\",\"protectiveness\"]}");
		assertThat(written.status()).as(written.body()).isEqualTo(201);
		JsonNode notes = api.get("/api/v1/sessions/" + session + "/reflections", token).json();
		assertThat(notes).hasSize(1);
		assertThat(notes.get(0).get("tags").toString()).isEqualTo("[\"protectiveness\",\"warmth\"]");
		assertThat(api.get("/api/v1/sessions/" + session + "/reflections", clinic.supervisor().token()).status())
			.isEqualTo(404);

		Reply entered = api
			.post("/api/v1/sessions/" + session + "/responses", token,
					"{\"instrument\":\"phq9\",\"respondent\":\"client\",\"onBehalf\":true,\"answers\":{\"1\":1,\"2\":1,"
							+ "\"3\":1,\"4\":1,\"5\":1,\"6\":1,\"7\":1,\"8\":1,\"9\":0}}",
					UUID.randomUUID().toString());
		assertThat(entered.status()).as(entered.body()).isEqualTo(201);
		JsonNode response = api.get("/api/v1/clients/" + client + "/responses", token).json().get(0);
		assertThat(response.get("onBehalf").asBoolean()).isTrue();
		assertThat(response.get("enteredBy").asString()).isEqualTo(clinic.therapist().email());
	}

}
