package org.alliance.outreach;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.alliance.language.ClientLanguages;
import org.alliance.mail.Letter;

/**
 * The emails a client receives, in the client's language, from the message bundles
 * ({@code email.*} in {@code messages*.properties}): a personal link to "your
 * questionnaire", when it stops working, and nothing clinical (no instrument's name, no
 * score, no diagnosis).
 */
final class ClientLetters {

	private ClientLetters() {
	}

	/**
	 * The first email or the reminder.
	 * @param language the language recorded for the client; English when it has no bundle
	 * @param kind {@code symptom} (before the session), {@code alliance} (after it) or
	 * null
	 * @param url the personal link, absolute
	 */
	static Letter letter(ClientLanguages languages, String language, String clinic, String kind, boolean reminder,
			String url, Instant expires, ZoneId zone) {
		String until = DateTimeFormatter
			.ofPattern(languages.text(language, "email.date.pattern"), ClientLanguages.locale(language))
			.format(expires.atZone(zone));
		String ask = "symptom".equals(kind) ? "email.ask.before"
				: "alliance".equals(kind) ? "email.ask.after" : "email.ask.any";
		Object[] said = { clinic, until };
		List<String> paragraphs = reminder
				? List.of(languages.text(language, "email.greeting"), languages.text(language, "email.reminder"),
						languages.text(language, ask, said))
				: List.of(languages.text(language, "email.greeting"), languages.text(language, ask, said));
		return new Letter(language,
				languages.text(language, reminder ? "email.subject.reminder" : "email.subject.first", said), paragraphs,
				languages.text(language, "email.action"), url + "?lang=" + language,
				languages.text(language, "email.closing", said));
	}

}
