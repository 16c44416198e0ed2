package org.alliance.outreach;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.alliance.ApiClient;
import org.alliance.PageSession;
import org.alliance.ServerOnH2;
import org.alliance.TestClinic;
import org.alliance.care.Attendance;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.language.ClientLanguages;
import org.alliance.mail.Letter;
import org.alliance.security.AccountRefused;
import org.alliance.security.Clinics;
import org.alliance.security.NewClinic;
import org.alliance.security.Role;
import org.alliance.security.UserAccount;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A language is added by adding its message bundle: with {@code messages_fr.properties}
 * on the test classpath only, a clinic may offer French, its clients read the phone form,
 * the closing page with the clinic's crisis text, the kiosk and their emails in French,
 * and a language without a bundle is still refused. A language the client chose, in the
 * address or in the link's cookie, wins over the browser's; the browser's counts only
 * when nothing was chosen.
 */
class ThirdLanguageTests extends ServerOnH2 {

	@Autowired
	Clinics clinics;

	@Autowired
	Caseload caseload;

	@Autowired
	ClientLanguages languages;

	@Test
	void aBundleOnTheClasspathIsALanguageAClinicMayOffer() {
		assertThat(this.languages.codes()).containsExactly("en", "es", "fr");
		assertThat(this.clinics.languages()).containsExactly("en", "es", "fr");
		assertThatThrownBy(() -> this.clinics.create(new NewClinic("Rhein " + UUID.randomUUID(), "Europe/Berlin",
				"en,de", null, "admin-" + UUID.randomUUID() + "@rhein.test", "Ada Roth", "mauve kettle")))
			.isInstanceOf(AccountRefused.class)
			.hasMessageContaining("'de' is not offered");
	}

	@Test
	void aClientOfAFrenchSpeakingClinicAnswersInFrenchAndReadsTheClinicsCrisisTextInFrench() {
		UUID clinic = this.clinics.create(new NewClinic("Rivière " + UUID.randomUUID(), "Europe/Paris", "fr,en",
				"+33 1 23 45 67 89", "admin-" + UUID.randomUUID() + "@riviere.test", "Ana Ruiz", "mauve kettle"));
		UserAccount therapist = this.accounts.createUser(clinic, "t-" + UUID.randomUUID() + "@riviere.test",
				"Tess Tran", Role.THERAPIST, TestClinic.PASSWORD);
		String link = link(therapist);
		PageSession phone = PageSession.anonymous(this.port);

		String form = phone.get(link + "?lang=fr").body();
		assertThat(form).contains("<html lang=\"fr\"", "Séance 1 du ", "encore 1 questionnaire", ">Envoyer<",
				">Français<");
		PageSession.Page refused = phone.post(link + "/phq9?lang=fr", Map.of("item-2", "1"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body()).contains("Vérifiez les questions signalées.",
				"Répondez à cette question, s&#39;il vous plaît.");

		Map<String, String> answers = new HashMap<>();
		for (int item = 1; item <= 9; item++) {
			answers.put("item-" + item, "1");
		}
		assertThat(phone.post(link + "/phq9?lang=fr", answers).status()).isEqualTo(302);
		String done = phone.get(link).body();
		assertThat(done).as("the cookie keeps French without the address saying it")
			.contains("<html lang=\"fr\"", "Merci !", "Si vous avez besoin d&#39;aide maintenant",
					"Appelez la clinique maintenant au +33 1 23 45 67 89");
	}

	@Test
	void theKioskAndTheEmailsSpeakFrench() {
		PageSession tablet = PageSession.anonymous(this.port);
		assertThat(tablet.get("/kiosk?lang=fr").body()).contains("<html lang=\"fr\"", "Votre questionnaire",
				"Tapez le code que votre thérapeute vous a donné.");
		PageSession.Page wrong = tablet.post("/kiosk?lang=fr", Map.of("code", "AAAA-AAAA"));
		assertThat(wrong.status()).isEqualTo(422);
		assertThat(wrong.body()).contains("Ce code ne fonctionne pas");

		Letter letter = ClientLetters.letter(this.languages, "fr", "Rivière", "symptom", true,
				"https://alliance.test/r/abc", Instant.parse("2026-12-03T17:00:00Z"), ZoneId.of("Europe/Paris"));
		assertThat(letter.subject()).isEqualTo("Rappel : votre questionnaire de Rivière");
		assertThat(letter.paragraphs()).containsExactly("Bonjour,",
				"Ceci est un rappel : votre questionnaire vous attend toujours.",
				"Rivière vous demande de répondre à un court questionnaire avant votre prochaine séance."
						+ " Cela prend quelques minutes.");
		assertThat(letter.closing()).contains("ne le partagez pas, s'il vous plaît", "jusqu'au 3 décembre 2026, 18:00");
		assertThat(letter.url()).isEqualTo("https://alliance.test/r/abc?lang=fr");
	}

	@Test
	void theLanguageChosenOnTheLinkWinsOverTheBrowsersWhichCountsOnlyWhenNoneWasChosen() throws Exception {
		String link = link(newClinic().therapist().account());
		HttpClient http = HttpClient.newHttpClient();

		assertThat(page(http, link + "?lang=es", "fr", null)).contains("<html lang=\"es\"", ">Enviar<");
		assertThat(page(http, link, "fr", "es")).as("remembered in the link's cookie")
			.contains("<html lang=\"es\"", ">Enviar<");
		assertThat(page(http, link, "fr-FR,fr;q=0.9", null)).contains("<html lang=\"fr\"", ">Envoyer<");
		assertThat(page(http, link, "de", null)).as("no bundle: English").contains("<html lang=\"en\"", ">Send<");
		assertThat(page(http, link + "?lang=de", "es", null)).as("asked for, without a bundle: English, as before")
			.contains("<html lang=\"en\"", ">Send<");
	}

	private String page(HttpClient http, String path, String browser, String remembered) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept-Language", browser)
			.GET();
		if (remembered != null) {
			request.header("Cookie", ClientLanguages.COOKIE + "=" + remembered);
		}
		HttpResponse<String> response = http.send(request.build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private String link(UserAccount therapist) {
		Client client = this.caseload.admit(therapist.asCurrentUser(), "F-" + UUID.randomUUID(), therapist.email(),
				LocalDate.now());
		UUID session = this.caseload
			.recordSession(therapist.asCurrentUser(), client.id(), 1, LocalDate.now(), Attendance.ATTENDED)
			.id();
		return new ApiClient(this.port)
			.post("/api/v1/sessions/" + session + "/links", this.tokens.issue(therapist.email()),
					"{\"instruments\":[\"phq9\"]}")
			.json()
			.get("path")
			.asString();
	}

}
