package org.alliance.care;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alliance.ApiClient;
import org.alliance.ApiClient.Reply;
import org.alliance.PageSession;
import org.alliance.PageSession.Page;
import org.alliance.ServerOnH2;
import org.alliance.TestClinic;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pseudonym tells a therapist nothing about clients they may not see (it is unique
 * among one therapist's clients only), and it is a name people can read: not only
 * invisible characters, and no direction-changing ones. On the API and the pages alike.
 */
class PseudonymTests extends ServerOnH2 {

	@Test
	void aColleaguesPseudonymIsTakenAsIfNoOneHeldItOnTheApi() {
		TestClinic clinic = newClinic();
		ApiClient api = new ApiClient(this.port);
		String held = "Robin-" + tag();
		assertThat(admit(api, clinic.therapist(), held).status()).isEqualTo(201);

		// The colleague learns nothing: the name another therapist's client holds is
		// taken exactly as a name nobody holds.
		Reply taken = admit(api, clinic.otherTherapist(), held);
		Reply fresh = admit(api, clinic.otherTherapist(), "Fresh-" + tag());
		assertThat(taken.status()).isEqualTo(fresh.status()).isEqualTo(201);
		String mine = admit(api, clinic.otherTherapist(), "Mine-" + tag()).id();
		assertThat(api
			.put("/api/v1/clients/" + mine + "/pseudonym", clinic.otherTherapist().token(),
					"{\"pseudonym\":\"" + held.toUpperCase() + "\"}")
			.status()).isEqualTo(422);
		Reply renamed = api.put("/api/v1/clients/" + fresh.id() + "/pseudonym", clinic.otherTherapist().token(),
				"{\"pseudonym\":\"" + held + "-2\"}");
		assertThat(renamed.status()).isEqualTo(200);

		// Among one therapist's own clients the name is still unique, letters compared
		// without case.
		Reply twice = admit(api, clinic.otherTherapist(), held.toLowerCase());
		assertThat(twice.status()).isEqualTo(422);
		assertThat(twice.contentType()).startsWith("application/problem+json");
		assertThat(twice.body()).contains("\"field\":\"pseudonym\"", "Another client of the same therapist");

		// The supervisor, who sees both, tells them apart by their therapists.
		PageSession supervisor = PageSession.signIn(this.port, clinic.supervisor().email(), TestClinic.PASSWORD);
		String caseload = supervisor.get("/clients").body();
		assertThat(caseload.split(held + "</a>", -1)).hasSize(3);
		assertThat(caseload).contains(clinic.therapist().account().displayName(),
				clinic.otherTherapist().account().displayName());
	}

	@Test
	void aColleaguesPseudonymIsTakenAsIfNoOneHeldItOnThePages() {
		TestClinic clinic = newClinic();
		String held = "Sam-" + tag();
		PageSession first = PageSession.signIn(this.port, clinic.therapist().email(), TestClinic.PASSWORD);
		assertThat(
				first.post("/clients", Map.of("pseudonym", held, "episodeStart", LocalDate.now().toString())).status())
			.isEqualTo(302);

		PageSession colleague = PageSession.signIn(this.port, clinic.otherTherapist().email(), TestClinic.PASSWORD);
		Page taken = colleague.post("/clients", Map.of("pseudonym", held, "episodeStart", LocalDate.now().toString()));
		assertThat(taken.status()).isEqualTo(302);
		colleague.get("/clients");
		Page second = colleague.post("/clients",
				Map.of("pseudonym", "Other-" + tag(), "episodeStart", LocalDate.now().toString()));
		String secondPath = second.location().replaceFirst("^https?://[^/]+", "");
		colleague.get(secondPath);
		Page renamed = colleague.post(secondPath + "/rename", Map.of("pseudonym", held));
		assertThat(renamed.status()).isEqualTo(422);
		assertThat(renamed.errorBeside("pseudonym")).contains("Another client of the same therapist");
	}

	@Test
	void aPseudonymOfOnlyInvisibleCharactersIsRefusedNamingTheField() {
		TestClinic clinic = newClinic();
		ApiClient api = new ApiClient(this.port);
		List<String> invisible = List.of("\u200B\u200B", "\u200E", "\u2060\uFEFF", "\u00AD", "\u3164", "\u2800",
				"\u200D", "\u202E\u202C", " \u200B ");
		for (String name : invisible) {
			Reply refused = admit(api, clinic.therapist(), name);
			assertThat(refused.status()).as(escaped(name)).isEqualTo(422);
			assertThat(refused.body()).as(escaped(name)).contains("\"field\":\"pseudonym\"");
		}
		PageSession pages = PageSession.signIn(this.port, clinic.therapist().email(), TestClinic.PASSWORD);
		Page refused = pages.post("/clients",
				Map.of("pseudonym", "\u200B\u200C", "episodeStart", LocalDate.now().toString()));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.errorBeside("pseudonym")).isNotEmpty();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from client c join app_user u on u.id = c.therapist_id where u.email = ?",
				Integer.class, clinic.therapist().email()))
			.isZero();
	}

	@Test
	void aBidirectionalOverrideInsideAPseudonymIsRefusedAndJoinersBetweenLettersAreNot() {
		TestClinic clinic = newClinic();
		ApiClient api = new ApiClient(this.port);
		// "Ana" then U+202E RIGHT-TO-LEFT OVERRIDE: "moc.exe" would show as "exe.com".
		for (String name : List.of("Ana\u202Emoc.exe", "Ana\u2067B\u2069", "Jo\u200Bhn", "Ana\u061C")) {
			Reply refused = admit(api, clinic.therapist(), name);
			assertThat(refused.status()).as(escaped(name)).isEqualTo(422);
			assertThat(refused.body()).as(escaped(name)).contains("direction-changing");
		}
		String client = admit(api, clinic.therapist(), "Kept-" + tag()).id();
		Reply rename = api.put("/api/v1/clients/" + client + "/pseudonym", clinic.therapist().token(),
				"{\"pseudonym\":\"B\\u202Eob\"}");
		assertThat(rename.status()).isEqualTo(422);
		PageSession pages = PageSession.signIn(this.port, clinic.therapist().email(), TestClinic.PASSWORD);
		pages.get("/clients/" + client);
		Page renamed = pages.post("/clients/" + client + "/rename", Map.of("pseudonym", "Eve\u202Dx"));
		assertThat(renamed.status()).isEqualTo(422);
		assertThat(renamed.errorBeside("pseudonym")).contains("direction-changing");

		// Persian uses the zero-width non-joiner between letters; an emoji family the
		// joiner. Both are names.
		assertThat(admit(api, clinic.therapist(), "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645-" + tag()).status())
			.isEqualTo(201);
		assertThat(admit(api, clinic.therapist(), "\uD83D\uDC69\u200D\uD83D\uDC67-" + tag()).status()).isEqualTo(201);
		assertThat(admit(api, clinic.therapist(), "Zo\u00EB-" + tag()).status()).isEqualTo(201);
	}

	private static Reply admit(ApiClient api, TestClinic.Person therapist, String pseudonym) {
		String json = "{\"pseudonym\":\"" + jsonEscaped(pseudonym) + "\",\"therapist\":\"" + therapist.email()
				+ "\",\"episodeStart\":\"" + LocalDate.now() + "\"}";
		return api.post("/api/v1/clients", therapist.token(), json);
	}

	private static String jsonEscaped(String text) {
		StringBuilder json = new StringBuilder();
		text.chars().forEach((c) -> json.append((c < 0x80) ? String.valueOf((char) c) : String.format("\\u%04x", c)));
		return json.toString();
	}

	private static String escaped(String text) {
		return jsonEscaped(text);
	}

	private static String tag() {
		return UUID.randomUUID().toString().substring(0, 6);
	}

}
