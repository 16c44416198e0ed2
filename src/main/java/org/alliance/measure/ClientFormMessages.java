package org.alliance.measure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliance.api.FieldProblem;

/**
 * What the client reads beside a question the form refused, in the client's language and
 * in plain words: a missing answer is asked for, anything else asks for one of the
 * answers offered. The precise reason stays in the API's problem documents for
 * developers.
 */
final class ClientFormMessages {

	private ClientFormMessages() {
	}

	/** By form field ({@code item-3}), one message each. */
	static Map<String, String> of(List<FieldProblem> problems, Map<String, String> form, String language) {
		boolean spanish = "es".equals(language);
		Map<String, String> messages = new LinkedHashMap<>();
		for (FieldProblem problem : problems) {
			String item = problem.field().startsWith("answers.") ? problem.field().substring("answers.".length())
					: problem.field();
			String typed = form.get("item-" + item);
			String message;
			if (typed == null || typed.isBlank()) {
				message = spanish ? "Responda a esta pregunta, por favor." : "Please answer this question.";
			}
			else if (problem.message().equals("was given more than once")) {
				message = spanish ? "Elija una sola respuesta, por favor." : "Please choose one answer only.";
			}
			else if (problem.message().startsWith("Use at most")) {
				message = spanish ? "Su respuesta es demasiado larga." : "Your answer is too long.";
			}
			else {
				message = spanish ? "Elija una de las respuestas ofrecidas, por favor."
						: "Please choose one of the answers offered.";
			}
			messages.put("item-" + item, message);
		}
		return messages;
	}

}
