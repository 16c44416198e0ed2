package org.alliance.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.alliance.MailServer;
import org.alliance.instrument.Instrument;
import org.alliance.instrument.InstrumentCatalog;
import org.alliance.instrument.Item;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two emails of the journey as their readers receive them from the test's mail
 * server: the client's questionnaire, in the client's language, and the risk notification
 * to the therapist and the duty contact. Neither may say anything clinical (an email is
 * read on a shared screen, forwarded, kept by the mail provider): no measure, no
 * question, no answer, no score and not the client's pseudonym; the notification only
 * that someone must sign in, with the link to the signal.
 */
final class JourneyMail {

	static final String NOTICE_SUBJECT = "A client needs attention";

	private static final List<String> LANGUAGES = List.of("en", "es");

	private static final String LINK = "https?://[^\\s\"<]+";

	private JourneyMail() {
	}

	/** The questionnaire's email, the first the client receives. */
	static MimeMessage questionnaire(String clientEmail, ClientLanguage language, String pseudonym,
			InstrumentCatalog catalog) throws MessagingException {
		MimeMessage message = MailServer.awaitMessages(clientEmail, 1).get(0);
		assertThat(message.getSubject()).startsWith(language.subject);
		assertThat(MailServer.part(message, "text/plain")).contains(language.beforeSession);
		assertThat(MailServer.part(message, "text/html")).contains("lang=\"" + language.code + "\"");
		assertHoldsNone(message, clinical(catalog, pseudonym));
		return message;
	}

	/** The risk notification the address receives, linking to the signal. */
	static MimeMessage riskNotice(String to, UUID signal, String base, String pseudonym, InstrumentCatalog catalog)
			throws MessagingException {
		List<MimeMessage> notices = MailServer.awaitSubjects(to, NOTICE_SUBJECT, 1);
		assertThat(notices).as("one notification to %s", to).hasSize(1);
		MimeMessage notice = notices.get(0);
		assertThat(notice.getSubject()).isEqualTo(NOTICE_SUBJECT);
		assertThat(MailServer.link(notice, base + "/signals/")).isEqualTo(base + "/signals/" + signal);
		assertHoldsNone(notice, clinical(catalog, pseudonym));
		return notice;
	}

	/**
	 * Fails naming the first word the message holds, outside its links: a link's random
	 * token may spell anything.
	 */
	private static void assertHoldsNone(MimeMessage message, List<String> words) {
		String text = MailServer.part(message, "text/plain").replaceAll(LINK, "");
		String html = MailServer.part(message, "text/html").replaceAll(LINK, "");
		for (String word : words) {
			assertThat(text).doesNotContainIgnoringCase(word);
			assertThat(html).doesNotContainIgnoringCase(word);
		}
	}

	/**
	 * What would give the client's answers away, taken from the measures themselves:
	 * their names and every question in both languages, the answer given to item 9 in
	 * both, the word score, and the client's pseudonym.
	 */
	private static List<String> clinical(InstrumentCatalog catalog, String pseudonym) {
		List<String> words = new ArrayList<>(List.of("PHQ", "GAD", "score", "puntuación", "item 9", pseudonym));
		for (String code : List.of("phq9", "gad7")) {
			Instrument instrument = catalog.find(code).orElseThrow();
			for (String language : LANGUAGES) {
				words.add(instrument.title(language));
				instrument.items()
					.stream()
					.map((item) -> item.text(language))
					.filter((text) -> text != null)
					.forEach(words::add);
			}
		}
		Item itemNine = catalog.find("phq9").flatMap((phq9) -> phq9.item("9")).orElseThrow();
		itemNine.options()
			.stream()
			.filter((option) -> option.value() == 1)
			.forEach((option) -> LANGUAGES.forEach((language) -> words.add(option.label(language))));
		return words;
	}

}
