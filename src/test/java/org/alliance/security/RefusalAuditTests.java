package org.alliance.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.alliance.ApiClient;
import org.alliance.PageClient;
import org.alliance.TestClinic;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refused attempt to reach clinical data is in the audit trail with who, what, when
 * and from where: API calls answered 401, 403 or 404, pages answered 403 or 404.
 */
class RefusalAuditTests extends SecuredServer {

	@Test
	void refusedApiCallsAreAudited() {
		TestClinic clinic = TestClinic.create(this.accounts, this.tokens);
		ApiClient api = new ApiClient(this.port);
		String nobodys = "/api/v1/clients/" + UUID.randomUUID();
		assertThat(api.get(nobodys, null).status()).isEqualTo(401);
		String forged = "/api/v1/clients/" + UUID.randomUUID() + "/responses";
		assertThat(api.get(forged, "alc_not-a-token").status()).isEqualTo(401);
		assertThat(api
			.post("/api/v1/clients", clinic.therapist().token(),
					"{\"pseudonym\":\"P-" + UUID.randomUUID() + "\",\"therapist\":\"" + clinic.otherTherapist().email()
							+ "\"}")
			.status()).isEqualTo(403);
		String othersClient = api
			.post("/api/v1/clients", clinic.otherTherapist().token(),
					"{\"pseudonym\":\"P-" + UUID.randomUUID() + "\",\"therapist\":\"" + clinic.otherTherapist().email()
							+ "\"}")
			.id();
		assertThat(api.get("/api/v1/clients/" + othersClient, clinic.therapist().token()).status()).isEqualTo(404);

		assertThat(refusal(nobodys)).containsEntry("actor", "anonymous")
			.containsEntry("clinic_id", null)
			.containsEntry("detail", "GET 401")
			.containsEntry("remote_address", "127.0.0.1");
		assertThat(refusal(forged)).containsEntry("actor", "anonymous").containsEntry("detail", "GET 401");
		assertThat(trailOf(clinic.therapist().email())).containsExactly("REFUSED api POST 403", "REFUSED api GET 404");
		Map<String, Object> notFound = refusal("/api/v1/clients/" + othersClient);
		assertThat(notFound).containsEntry("actor", clinic.therapist().email())
			.containsEntry("clinic_id", clinic.id())
			.containsEntry("resource_type", "api")
			.containsEntry("detail", "GET 404")
			.containsEntry("remote_address", "127.0.0.1");
		assertThat(notFound.get("occurred_at")).isNotNull();
	}

	@Test
	void refusedPagesAreAuditedAndAPersonalLinksTokenIsNeverWrittenDown() {
		TestClinic clinic = TestClinic.create(this.accounts, this.tokens);
		PageClient browser = new PageClient(this.port);
		assertThat(browser.signIn(clinic.therapist().email(), TestClinic.PASSWORD).location()).isEqualTo("/");
		assertThat(browser.get("/admin/instruments").status()).isEqualTo(403);
		String missing = "/no-such-page-" + UUID.randomUUID();
		assertThat(browser.get(missing).status()).isEqualTo(404);
		String token = "guessed-" + UUID.randomUUID();
		assertThat(new PageClient(this.port).get("/r/" + token).status()).isEqualTo(404);

		assertThat(trailOf(clinic.therapist().email())).containsExactly("SIGN_IN account", "REFUSED page GET 403",
				"REFUSED page GET 404");
		assertThat(refusal("/admin/instruments", clinic.therapist().email())).containsEntry("clinic_id", clinic.id());
		assertThat(refusal(missing)).containsEntry("detail", "GET 404");
		assertThat(
				this.jdbc.queryForObject("select count(*) from audit_event where resource_id like ? or detail like ?",
						Integer.class, "%" + token + "%", "%" + token + "%"))
			.isZero();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'REFUSED' and resource_id = '/r/{token}'",
				Integer.class))
			.isPositive();
	}

	@Test
	void theInstrumentCatalogueIsNotClinicalAndFilesAreNotPages() {
		ApiClient api = new ApiClient(this.port);
		assertThat(api.get("/api/v1/instruments", null).status()).isEqualTo(401);
		assertThat(new PageClient(this.port).get("/css/no-such-file.css").status()).isEqualTo(404);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where resource_id in ('/api/v1/instruments', '/css/no-such-file.css')",
				Integer.class))
			.isZero();
	}

	private Map<String, Object> refusal(String path) {
		List<Map<String, Object>> rows = this.jdbc.queryForList("""
				select actor, clinic_id, resource_type, detail, remote_address, occurred_at from audit_event
				where action = 'REFUSED' and resource_id = ?""", path);
		assertThat(rows).as("refusals of " + path).hasSize(1);
		return lowerCaseKeys(rows.get(0));
	}

	private Map<String, Object> refusal(String path, String actor) {
		return lowerCaseKeys(this.jdbc.queryForMap("""
				select actor, clinic_id, resource_type, detail, remote_address, occurred_at from audit_event
				where action = 'REFUSED' and resource_id = ? and actor = ?""", path, actor));
	}

	/** Column labels as written in the query, whatever case the database answers in. */
	private static Map<String, Object> lowerCaseKeys(Map<String, Object> row) {
		Map<String, Object> lower = new LinkedHashMap<>();
		row.forEach((key, value) -> lower.put(key.toLowerCase(Locale.ROOT), value));
		return lower;
	}

}
