package org.alliance.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.alliance.api.ActForRequired;
import org.alliance.api.Conflict;
import org.alliance.api.FieldProblem;
import org.alliance.api.Forbidden;
import org.alliance.api.InvalidRequest;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/**
 * A refused form, shown again: the status says why (422 for bad values, 409 for a
 * conflict with what another request did meanwhile, 403 for a step the user may not
 * take), each message stands beside its field, and what the user typed is kept.
 */
public final class PageProblems {

	private PageProblems() {
	}

	/**
	 * Whether the exception is one a form shows beside its fields. A step that needs
	 * acting for the therapist first is not: no field of the form would fix it, so the
	 * product's 403 page offers that step instead ({@link ActForRequired}).
	 */
	public static boolean isFormProblem(RuntimeException ex) {
		return ex instanceof InvalidRequest || ex instanceof Conflict
				|| (ex instanceof Forbidden && !(ex instanceof ActForRequired));
	}

	/**
	 * Puts {@code errors} (field to message) and {@code given} (field to what was typed)
	 * in the model and sets the response status.
	 */
	public static void show(Model model, HttpServletResponse response, RuntimeException ex, Map<String, String> given) {
		Map<String, String> errors = new LinkedHashMap<>();
		problems(ex).forEach((problem) -> errors.merge(problem.field(), problem.message(), (a, b) -> a + " " + b));
		model.addAttribute("errors", errors);
		model.addAttribute("given", given);
		response.setStatus(status(ex).value());
	}

	/**
	 * Field names and what was typed in them, in pairs; a missing value as empty text.
	 */
	public static Map<String, String> given(String... fieldsAndValues) {
		Map<String, String> given = new LinkedHashMap<>();
		for (int i = 0; i < fieldsAndValues.length; i += 2) {
			given.put(fieldsAndValues[i], (fieldsAndValues[i + 1] != null) ? fieldsAndValues[i + 1] : "");
		}
		return given;
	}

	public static List<FieldProblem> problems(RuntimeException ex) {
		if (ex instanceof InvalidRequest invalid) {
			return invalid.problems();
		}
		if (ex instanceof Conflict conflict) {
			return List.of(new FieldProblem(conflict.field(), conflict.getMessage()));
		}
		if (ex instanceof Forbidden forbidden) {
			return List.of(new FieldProblem(forbidden.field(), forbidden.getMessage()));
		}
		throw new IllegalArgumentException("Not a form problem: " + ex, ex);
	}

	private static HttpStatus status(RuntimeException ex) {
		if (ex instanceof Conflict) {
			return HttpStatus.CONFLICT;
		}
		return (ex instanceof Forbidden) ? HttpStatus.FORBIDDEN : HttpStatus.UNPROCESSABLE_CONTENT;
	}

}
