package org.alliance;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.alliance.care.Attendance;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.security.CurrentUser;
import org.alliance.signal.NewSignal;
import org.alliance.signal.SignalInbox;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A thousand generated bad requests across every API route and every page form: wrong
 * types, numbers past every range, control characters, impossible dates, unknown,
 * repeated and missing fields, broken JSON, odd media types, malformed and foreign ids.
 * None may answer 5xx, and every refusal on the API is a problem document. The generator
 * is seeded, so a failure names a request that can be replayed.
 */
class GeneratedBadRequestsTests extends ServerOnH2 {

	private static final int REQUESTS = 1_000;

	private static final String[] JSON_VALUES = { "null", "true", "false", "0", "-1", "1.5", "1e309", "4294967297",
			"-9223372036854775808", "18446744073709551617", "\"\"", "\"   \"", "\"\\u0000\"", "\"a\\u001b[31m\"",
			"\"\\ud800\"", "\"" + "x".repeat(5000) + "\"", "\"2026-02-30\"", "\"+999999999-12-31\"", "\"1899-01-01\"",
			"\"bogus\"", "\"<script>alert(1)</script>\"", "\"' OR 1=1 --\"", "[]", "{}", "[1,2]", "{\"a\":{\"b\":[]}}",
			"\"attended\"", "\"2026-11-02\"", "3", "\"phq9\"", "\"client\"" };

	private static final String[] FORM_VALUES = { "", " ", "abc", "0", "-5", "99999999999", "1.5", "\u0000",
			"x".repeat(5000), "2026-02-30", "+999999999-01-01", "bogus", "<script>", "es\r\nX: y", "\u202e", "1", "3",
			"attended", "2026-11-02" };

	private static final String[] CONTENT_TYPES = { "application/json", "application/json", "application/json", "*/*",
			"text/plain", "application/x-www-form-urlencoded", "garbage", "application/json; charset=bogus" };

	@Autowired
	Caseload caseload;

	@Autowired
	SignalInbox inbox;

	private final HttpClient http = HttpClient.newHttpClient();

	private final Random random = new Random(20261129);

	@Test
	void noGeneratedBadRequestAnswersWithAServerError() {
		TestClinic clinic = newClinic();
		Records mine = recordsOf(clinic, clinic.therapist());
		Records theirs = recordsOf(clinic, clinic.otherTherapist());
		PageSession pages = PageSession.signIn(this.port, clinic.therapist().email(), TestClinic.PASSWORD);
		PageSession phone = PageSession.anonymous(this.port);
		List<String> failures = new ArrayList<>();
		for (int i = 0; i < REQUESTS; i++) {
			String sent;
			int status;
			String contentType = "";
			if (this.random.nextInt(3) == 0) {
				String path = pagePath(mine, theirs);
				Map<String, String> form = form();
				sent = "PAGE POST " + path + " " + form.keySet();
				boolean client = path.startsWith("/r/");
				PageSession session = client ? phone : pages;
				session.get(client ? mine.link() : "/clients");
				status = session.post(path, form).status();
			}
			else {
				ApiCall call = apiCall(clinic, mine, theirs);
				sent = call.toString();
				HttpResponse<String> reply = send(call);
				status = reply.statusCode();
				contentType = reply.headers().firstValue("Content-Type").orElse("");
				// Even what Tomcat refuses itself (an encoded NUL in the path) answers
				// with a problem document.
				if (status >= 400 && status < 500 && !contentType.startsWith("application/problem+json")) {
					failures.add("#" + i + " " + status + " without a problem document: " + abbreviated(sent));
				}
			}
			if (status >= 500) {
				failures.add("#" + i + " " + status + ": " + abbreviated(sent));
			}
		}
		assertThat(failures).isEmpty();
	}

	private ApiCall apiCall(TestClinic clinic, Records mine, Records theirs) {
		String client = pick(mine.client(), theirs.client(), UUID.randomUUID().toString(), "not-a-uuid", "%00",
				"1".repeat(300));
		String session = pick(mine.session(), theirs.session(), UUID.randomUUID().toString(), "zz");
		String signal = pick(mine.signal(), theirs.signal(), UUID.randomUUID().toString(), "-1");
		String token = pick(clinic.therapist().token(), clinic.therapist().token(), clinic.supervisor().token(),
				clinic.otherTherapist().token(), "alc_bogus", null);
		return switch (this.random.nextInt(17)) {
			case 0 -> ApiCall.get("/api/v1/instruments?language=" + encode(formValue()), token);
			case 1 -> ApiCall.post("/api/v1/clients", token, body("pseudonym", "therapist", "episodeStart"));
			case 2 -> ApiCall.get("/api/v1/clients/" + client, token);
			case 3 -> ApiCall
				.get("/api/v1/clients/" + client + pick("/episodes", "/sessions", "/responses", "/alliance"), token);
			case 4 -> ApiCall.post("/api/v1/clients/" + client + "/episodes", token, body("start"));
			case 5 ->
				ApiCall.post("/api/v1/clients/" + client + "/episodes/current/end", token, body("date", "reason"));
			case 6 ->
				ApiCall.post("/api/v1/clients/" + client + "/sessions", token, body("number", "date", "attendance"));
			case 7, 8 -> ApiCall.post("/api/v1/sessions/" + session + "/responses", token, response())
				.withKey(pick("k-" + UUID.randomUUID(), "", " ", "k".repeat(300), "\u00e9t\u00e9", null, "fixed-key"));
			case 9 -> ApiCall.post("/api/v1/sessions/" + session + "/links", token, body("instruments"));
			case 10 -> ApiCall.get("/api/v1/signals" + pick("", "/" + signal), token);
			case 11 -> ApiCall.get("/api/v1/signals/overdue?days=" + encode(formValue()), token);
			case 12 -> ApiCall.post("/api/v1/signals/" + signal + "/acknowledge", token, pick("{}", "", "[]"));
			case 13 -> ApiCall.post("/api/v1/signals/" + signal + "/actions", token, body("step", "note"));
			case 14 -> ApiCall.post("/api/v1/signals/" + signal + "/resolve", token, body("outcome"));
			case 15 -> ApiCall.get("/api/v1/" + pick("nothing", "clients/" + client + "/nothing", "sessions"), token);
			default -> new ApiCall(pick("PUT", "DELETE", "PATCH"), "/api/v1/clients/" + client, token,
					body("pseudonym"), null);
		};
	}

	private String pagePath(Records mine, Records theirs) {
		String client = pick(mine.client(), theirs.client(), UUID.randomUUID().toString(), "x");
		String signal = pick(mine.signal(), theirs.signal(), UUID.randomUUID().toString());
		String instrument = pick("phq9", "gad7", "alliance-check", "alliance-check-t", "nope");
		return switch (this.random.nextInt(7)) {
			case 0 -> "/clients";
			case 1 -> "/clients/" + client + "/sessions";
			case 2 -> "/clients/" + client + "/sessions/" + pick(mine.session(), theirs.session(), "y") + "/link";
			case 3 -> "/signals/" + signal + pick("/acknowledge", "/actions", "/resolve");
			case 4, 5 -> mine.link() + "/" + instrument + "?lang=" + encode(formValue());
			default -> "/r/" + pick("not-a-token", "x".repeat(43)) + "/" + instrument;
		};
	}

	/** A JSON object over the fields, each with a drawn value, sometimes broken whole. */
	private String body(String... fields) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String field : fields) {
			if (this.random.nextInt(6) > 0) {
				values.put(field, jsonValue());
			}
		}
		StringBuilder json = new StringBuilder("{");
		values.forEach((field, value) -> json.append(json.length() > 1 ? "," : "")
			.append('"')
			.append(field)
			.append("\":")
			.append(value));
		switch (this.random.nextInt(8)) {
			case 0 -> json.append(",\"unexpected\":1");
			case 1 -> json.append(json.length() > 1 ? "," : "").append('"').append(fields[0]).append("\":\"twice\"");
			default -> {
			}
		}
		json.append('}');
		return switch (this.random.nextInt(12)) {
			case 0 -> json.substring(0, json.length() / 2);
			case 1 -> "[" + json + "]";
			case 2 -> "";
			case 3 -> "not json at all";
			default -> json.toString();
		};
	}

	private String response() {
		StringBuilder answers = new StringBuilder("{");
		int items = this.random.nextInt(12);
		for (int item = 1; item <= items; item++) {
			answers.append(item > 1 ? "," : "")
				.append('"')
				.append(pick(String.valueOf(item), "abc", "\\u0000", "99"))
				.append("\":")
				.append(jsonValue());
		}
		answers.append('}');
		return "{\"instrument\":" + pick("\"phq9\"", "\"gad7\"", "\"alliance-check\"", "\"wai-sr\"", jsonValue())
				+ ",\"respondent\":" + pick("\"client\"", "\"therapist\"", jsonValue()) + ",\"answers\":"
				+ pick(answers.toString(), jsonValue()) + "}";
	}

	private Map<String, String> form() {
		Map<String, String> form = new LinkedHashMap<>();
		for (String field : new String[] { "pseudonym", "therapist", "number", "date", "attendance", "step", "note",
				"outcome", "item-1", "item-2", "item-3", "item-8", "lang" }) {
			if (this.random.nextBoolean()) {
				form.put(field, formValue());
			}
		}
		return form;
	}

	private String jsonValue() {
		return JSON_VALUES[this.random.nextInt(JSON_VALUES.length)];
	}

	private String formValue() {
		return FORM_VALUES[this.random.nextInt(FORM_VALUES.length)];
	}

	@SafeVarargs
	private <T> T pick(T... choices) {
		return choices[this.random.nextInt(choices.length)];
	}

	private HttpResponse<String> send(ApiCall call) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + call.path()))
			.method(call.method(), call.body() != null ? HttpRequest.BodyPublishers.ofString(call.body())
					: HttpRequest.BodyPublishers.noBody());
		if (call.token() != null) {
			request.header("Authorization", "Bearer " + call.token());
		}
		if (call.body() != null) {
			request.header("Content-Type", pick(CONTENT_TYPES));
		}
		if (call.key() != null) {
			request.header("Idempotency-Key", call.key());
		}
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not send " + call, ex);
		}
	}

	private Records recordsOf(TestClinic clinic, TestClinic.Person therapist) {
		CurrentUser user = therapist.account().asCurrentUser();
		Client client = this.caseload.admit(user, "F-" + UUID.randomUUID(), therapist.email(), LocalDate.now());
		UUID session = this.caseload.recordSession(user, client.id(), 1, LocalDate.now(), Attendance.ATTENDED).id();
		String key = "rupture:" + client.id() + ":fuzz";
		this.inbox.raise(new NewSignal(clinic.id(), client.id(), therapist.account().id(), null, "rupture", key,
				"Bond fell at session 1", "{\"scale\":\"bond\"}"));
		UUID signal = this.jdbc.queryForObject("select id from signal where source_key = ?", UUID.class, key);
		String link = new ApiClient(this.port)
			.post("/api/v1/sessions/" + session + "/links", therapist.token(), "{\"instruments\":[\"phq9\",\"gad7\"]}")
			.json()
			.get("path")
			.asString();
		return new Records(client.id().toString(), session.toString(), signal.toString(), link);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String abbreviated(String text) {
		return (text.length() > 300) ? text.substring(0, 300) + "…" : text;
	}

	private record Records(String client, String session, String signal, String link) {
	}

	private record ApiCall(String method, String path, String token, String body, String key) {

		static ApiCall get(String path, String token) {
			return new ApiCall("GET", path, token, null, null);
		}

		static ApiCall post(String path, String token, String body) {
			return new ApiCall("POST", path, token, body, null);
		}

		ApiCall withKey(String key) {
			return new ApiCall(this.method, this.path, this.token, this.body, key);
		}

	}

}
