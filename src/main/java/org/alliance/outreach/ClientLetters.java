package org.alliance.outreach;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.alliance.mail.Letter;

/**
 * The emails a client receives, in the client's language, from the bundles
 * {@code outreach/emails*.properties}: a personal link to "your questionnaire", when it
 * stops working, and nothing clinical (no instrument's name, no score, no diagnosis).
 */
final class ClientLetters {

	private ClientLetters() {
	}

	/**
	 * The first email or the reminder.
	 * @param kind {@code symptom} (before the session), {@code alliance} (after it) or
	 * null
	 * @param url the personal link, absolute
	 */
	static Letter letter(String language, String clinic, String kind, boolean reminder, String url, Instant expires,
			ZoneId zone) {
		Locale locale = Locale.forLanguageTag(language);
		ResourceBundle words = ResourceBundle.getBundle("outreach.emails", locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		String until = DateTimeFormatter.ofPattern(words.getString("date.pattern"), locale)
			.format(expires.atZone(zone));
		String ask = "symptom".equals(kind) ? "ask.before" : "alliance".equals(kind) ? "ask.after" : "ask.any";
		List<String> paragraphs = reminder
				? List.of(words.getString("greeting"), words.getString("reminder"), say(words, ask, clinic, until))
				: List.of(words.getString("greeting"), say(words, ask, clinic, until));
		return new Letter(language, say(words, reminder ? "subject.reminder" : "subject.first", clinic, until),
				paragraphs, words.getString("action"), url + "?lang=" + language, say(words, "closing", clinic, until));
	}

	private static String say(ResourceBundle words, String key, String clinic, String until) {
		return new MessageFormat(words.getString(key).replace("'", "''"), words.getLocale())
			.format(new Object[] { clinic, until });
	}

}
