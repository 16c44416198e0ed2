package org.alliance.mail;

import java.util.Locale;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Lays a {@link Letter} out twice, as plain text and as HTML, from the same words, so
 * that the two parts of an email cannot say different things.
 */
@Component
class MailLayout {

	private final ITemplateEngine templates;

	MailLayout(ITemplateEngine templates) {
		this.templates = templates;
	}

	String html(Letter letter) {
		Context context = new Context(Locale.forLanguageTag(letter.language()));
		context.setVariable("letter", letter);
		return this.templates.process("mail/email", context);
	}

	static String text(Letter letter) {
		StringBuilder text = new StringBuilder();
		letter.paragraphs().forEach((paragraph) -> text.append(paragraph).append("\n\n"));
		text.append(letter.action()).append(":\n").append(letter.url()).append("\n");
		if (letter.closing() != null) {
			text.append("\n").append(letter.closing()).append("\n");
		}
		return text.toString();
	}

}
