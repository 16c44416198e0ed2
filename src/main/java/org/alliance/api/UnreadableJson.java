package org.alliance.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Says which field of an unreadable body was wrong, and how: a value of the wrong type, a
 * number out of range, an unknown or repeated name, or JSON that does not parse.
 */
final class UnreadableJson {

	private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:Object )?(?:property|field) \"([^\"]*)\"");

	private UnreadableJson() {
	}

	static FieldProblem problemOf(HttpMessageNotReadableException e) {
		JacksonException jackson = jacksonCause(e);
		if (jackson == null) {
			return new FieldProblem("body", "The body is not valid JSON of the expected shape.");
		}
		Matcher duplicate = DUPLICATE.matcher(String.valueOf(jackson.getOriginalMessage()));
		if (duplicate.find()) {
			return new FieldProblem(prefixed(jackson, duplicate.group(1)), "This name is given more than once.");
		}
		String field = path(jackson);
		if (jackson instanceof StreamConstraintsException) {
			return new FieldProblem(field, "This value is longer, or nested deeper, than the API reads.");
		}
		if (jackson instanceof UnrecognizedPropertyException) {
			return new FieldProblem(field, "This request has no such field.");
		}
		if (jackson instanceof InputCoercionException) {
			return new FieldProblem(field, "This number is out of range.");
		}
		if (jackson instanceof InvalidFormatException invalid && invalid.getValue() instanceof String) {
			return new FieldProblem(field, "This value has the wrong form or holds control characters.");
		}
		if (jackson instanceof MismatchedInputException || jackson instanceof InvalidFormatException) {
			return new FieldProblem(field, "This value has the wrong type.");
		}
		return new FieldProblem(field, field.equals("body") ? "The body is not valid JSON of the expected shape."
				: "This value could not be read.");
	}

	private static JacksonException jacksonCause(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException jackson) {
				return jackson;
			}
		}
		return null;
	}

	private static String prefixed(JacksonException jackson, String name) {
		String path = path(jackson);
		return path.equals("body") ? name : path + "." + name;
	}

	private static String path(JacksonException jackson) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : jackson.getPath()) {
			String name = (reference.getPropertyName() != null) ? reference.getPropertyName()
					: String.valueOf(reference.getIndex());
			path.append(path.isEmpty() ? "" : ".").append(name);
		}
		return path.isEmpty() ? "body" : path.toString();
	}

}
