package org.alliance.api;

import java.net.URI;
import java.util.List;

import tools.jackson.core.JacksonException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns every request error of the JSON API into an RFC 9457 problem document whose
 * {@code errors} member names each bad field.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler {

	private static final String TYPE_BASE = "urn:alliance:problem:";

	@ExceptionHandler(InvalidRequest.class)
	ResponseEntity<ProblemDetail> invalid(InvalidRequest e) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-request", "The request names invalid values.",
				e.problems());
	}

	@ExceptionHandler(NotFound.class)
	ResponseEntity<ProblemDetail> notFound(NotFound e) {
		return problem(HttpStatus.NOT_FOUND, "not-found", e.getMessage(),
				List.of(new FieldProblem(e.field(), e.getMessage())));
	}

	@ExceptionHandler(Forbidden.class)
	ResponseEntity<ProblemDetail> forbidden(Forbidden e) {
		return problem(HttpStatus.FORBIDDEN, "forbidden", e.getMessage(),
				List.of(new FieldProblem(e.field(), e.getMessage())));
	}

	@ExceptionHandler(Conflict.class)
	ResponseEntity<ProblemDetail> conflict(Conflict e) {
		return problem(HttpStatus.CONFLICT, "conflict", e.getMessage(),
				List.of(new FieldProblem(e.field(), e.getMessage())));
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> beanValidation(MethodArgumentNotValidException e) {
		List<FieldProblem> problems = e.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> new FieldProblem(error.getField(), error.getDefaultMessage()))
			.toList();
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-request", "The request names invalid values.",
				problems);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
		String field = jsonPath(e);
		String message = field.equals("body") ? "The body is not valid JSON of the expected shape."
				: "This value has the wrong type.";
		return problem(HttpStatus.BAD_REQUEST, "malformed-request", message, List.of(new FieldProblem(field, message)));
	}

	@ExceptionHandler(MissingRequestHeaderException.class)
	ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e) {
		String message = "The header " + e.getHeaderName() + " is required.";
		return problem(HttpStatus.BAD_REQUEST, "malformed-request", message,
				List.of(new FieldProblem(e.getHeaderName(), message)));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
		String message = "This value has the wrong form.";
		return problem(HttpStatus.BAD_REQUEST, "malformed-request", message,
				List.of(new FieldProblem(e.getName(), message)));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
		String message = "Send the body as application/json.";
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "malformed-request", message,
				List.of(new FieldProblem("Content-Type", message)));
	}

	private static String jsonPath(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
				StringBuilder path = new StringBuilder();
				for (JacksonException.Reference reference : jackson.getPath()) {
					String name = (reference.getPropertyName() != null) ? reference.getPropertyName()
							: String.valueOf(reference.getIndex());
					path.append(path.isEmpty() ? "" : ".").append(name);
				}
				return path.toString();
			}
		}
		return "body";
	}

	static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String detail,
			List<FieldProblem> problems) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
		body.setType(URI.create(TYPE_BASE + type));
		body.setProperty("errors", problems);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

}
