package org.alliance.measure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliance.api.FieldProblem;
import org.alliance.language.ClientLanguages;

/**
 * What the client reads beside a question the form refused, in the client's language
 * ({@code form.*} of the message bundles) and in plain words: a missing answer is asked
 * for, anything else asks for one of the answers offered. The precise reason stays in the
 * API's problem documents for developers.
 */
final class ClientFormMessages {

	private ClientFormMessages() {
	}

	/** By form field ({@code item-3}), one message each. */
	static Map<String, String> of(List<FieldProblem> problems, Map<String, String> form, String language,
			ClientLanguages languages) {
		Map<String, String> messages = new LinkedHashMap<>();
		for (FieldProblem problem : problems) {
			String item = problem.field().startsWith("answers.") ? problem.field().substring("answers.".length())
					: problem.field();
			String typed = form.get("item-" + item);
			String message;
			if (typed == null || typed.isBlank()) {
				message = languages.text(language, "form.answer-missing");
			}
			else if (problem.message().equals("was given more than once")) {
				message = languages.text(language, "form.answer-once");
			}
			else if (problem.message().startsWith("Use at most")) {
				message = languages.text(language, "form.answer-too-long");
			}
			else {
				message = languages.text(language, "form.answer-offered");
			}
			messages.put("item-" + item, message);
		}
		return messages;
	}

}
