package org.alliance.care;

import java.util.Map;
import java.util.UUID;

import org.alliance.ApiClient;
import org.alliance.ApiClient.Reply;
import org.alliance.PageSession;
import org.alliance.ServerWithMail;
import org.alliance.TestClinic;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client's contact email: refused beside its field when it is not an address, stored
 * sealed (the database holds no address), shown masked on the API and the client page,
 * changed and removed, and in no list, report or PDF.
 */
class ClientContactTests extends ServerWithMail {

	@Autowired
	Caseload caseload;

	@Test
	void aContactEmailIsSealedShownMaskedChangedAndRemoved() {
		TestClinic clinic = newClinic();
		ApiClient api = new ApiClient(this.port);
		String token = clinic.therapist().token();
		String local = "jo.smith." + UUID.randomUUID().toString().substring(0, 6);
		Reply refused = api.post("/api/v1/clients", token,
				"{\"pseudonym\":\"Jo-" + UUID.randomUUID().toString().substring(0, 8) + "\",\"therapist\":\""
						+ clinic.therapist().email() + "\",\"email\":\"jo at example\"}");
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("email");
		Reply admitted = api.post("/api/v1/clients", token,
				"{\"pseudonym\":\"Jo-" + UUID.randomUUID().toString().substring(0, 8) + "\",\"therapist\":\""
						+ clinic.therapist().email() + "\",\"email\":\" " + local.toUpperCase()
						+ "@Example.org\",\"language\":\"es\"}");
		assertThat(admitted.status()).as(admitted.body()).isEqualTo(201);
		String id = admitted.id();

		Reply read = api.get("/api/v1/clients/" + id, token);
		assertThat(read.json().get("email").asString()).isEqualTo("j***@example.org");
		assertThat(read.json().get("language").asString()).isEqualTo("es");
		assertThat(read.body()).doesNotContain(local);
		assertThat(api.get("/api/v1/clients", token).body()).doesNotContain(local).doesNotContain("example.org");
		String stored = this.jdbc.queryForObject("select contact_email from client where id = ?", String.class,
				UUID.fromString(id));
		assertThat(stored).startsWith("v1:").doesNotContain(local).doesNotContain("example.org");

		PageSession page = PageSession.signIn(this.port, clinic.therapist().email(), TestClinic.PASSWORD, this.clock);
		assertThat(page.get("/clients/" + id).body()).contains("j***@example.org").doesNotContain(local);
		UUID episode = this.caseload.episodes(clinic.therapist().account().asCurrentUser(), UUID.fromString(id))
			.get(0)
			.id();
		assertThat(page.get("/clients/" + id + "/episodes/" + episode + "/report").body()).doesNotContain(local)
			.doesNotContain("j***@");
		assertThat(new String(page.download("/clients/" + id + "/episodes/" + episode + "/report.pdf"),
				java.nio.charset.StandardCharsets.ISO_8859_1))
			.startsWith("%PDF")
			.doesNotContain(local);

		PageSession.Page wrong = page.post("/clients/" + id + "/contact", Map.of("email", "nobody@", "language", "en"));
		assertThat(wrong.status()).isEqualTo(422);
		assertThat(wrong.errorBeside("email")).contains("Give an email address");
		assertThat(
				page.post("/clients/" + id + "/contact", Map.of("email", "sam@example.net", "language", "en")).status())
			.isEqualTo(302);
		assertThat(api.get("/api/v1/clients/" + id, token).json().get("email").asString())
			.isEqualTo("s***@example.net");

		Reply removed = api.put("/api/v1/clients/" + id + "/contact", token, "{\"email\":\"\"}");
		assertThat(removed.status()).isEqualTo(200);
		assertThat(api.get("/api/v1/clients/" + id, token).json().get("email").isNull()).isTrue();
		assertThat(this.jdbc.queryForObject("select contact_email from client where id = ?", String.class,
				UUID.fromString(id)))
			.isNull();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where resource_type = 'client-contact' and resource_id = ?",
				Integer.class, id))
			.as("each change audited")
			.isEqualTo(3);
	}

}
