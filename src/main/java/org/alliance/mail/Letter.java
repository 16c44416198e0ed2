package org.alliance.mail;

import java.util.List;

/**
 * What an email says, before it is laid out as text and HTML: a few plain paragraphs and
 * one link. It holds no clinical content (no score, no instrument's name, no diagnosis):
 * whoever reads the recipient's mailbox learns only that there is something to open.
 *
 * @param language the language it is written in, {@code en} or {@code es}, for the HTML's
 * {@code lang}
 * @param subject the subject line
 * @param paragraphs what it says, before the link, in order
 * @param action the link's words, e.g. "Open your questionnaire"
 * @param url the link, absolute
 * @param closing a last line after the link (who sent it, when the link stops working),
 * or null
 */
public record Letter(String language, String subject, List<String> paragraphs, String action, String url,
		String closing) {

	public Letter {
		paragraphs = List.copyOf(paragraphs);
	}

}
