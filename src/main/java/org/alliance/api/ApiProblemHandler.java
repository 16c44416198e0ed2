package org.alliance.api;

import java.net.URI;
import java.util.List;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingPathVariableException;
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

	private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

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
		ResponseEntity<ProblemDetail> answer = problem(HttpStatus.CONFLICT, "conflict", e.getMessage(),
				List.of(new FieldProblem(e.field(), e.getMessage())));
		e.details().forEach(answer.getBody()::setProperty);
		return answer;
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
		RequestBodyCap.BodyTooLarge tooLarge = causeOf(e, RequestBodyCap.BodyTooLarge.class);
		if (tooLarge != null) {
			String message = RequestBodyCap.message(tooLarge.cap());
			return problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", message,
					List.of(new FieldProblem("body", message)));
		}
		FieldProblem problem = UnreadableJson.problemOf(e);
		return problem(HttpStatus.BAD_REQUEST, "malformed-request", problem.message(), List.of(problem));
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

	@ExceptionHandler({ HttpMediaTypeNotSupportedException.class, InvalidMediaTypeException.class })
	ResponseEntity<ProblemDetail> mediaType(Exception e) {
		String message = "Send the body as application/json.";
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "malformed-request", message,
				List.of(new FieldProblem("Content-Type", message)));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
		String message = "This route does not take " + e.getMethod() + ".";
		return problem(HttpStatus.METHOD_NOT_ALLOWED, "malformed-request", message,
				List.of(new FieldProblem("method", message)));
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e) {
		String message = "The API answers in application/json.";
		return problem(HttpStatus.NOT_ACCEPTABLE, "malformed-request", message,
				List.of(new FieldProblem("Accept", message)));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
		String message = "The parameter " + e.getParameterName() + " is required.";
		return problem(HttpStatus.BAD_REQUEST, "malformed-request", message,
				List.of(new FieldProblem(e.getParameterName(), message)));
	}

	/**
	 * A path variable that is blank once decoded ({@code /clients/%20}): Spring reports
	 * it as missing after conversion, which is the caller's mistake, not ours.
	 */
	@ExceptionHandler(MissingPathVariableException.class)
	ResponseEntity<ProblemDetail> blankPathVariable(MissingPathVariableException e) {
		String message = "This value has the wrong form.";
		return problem(HttpStatus.BAD_REQUEST, "malformed-request", message,
				List.of(new FieldProblem(e.getVariableName(), message)));
	}

	/**
	 * A query or form parameter that is not valid percent-encoded UTF-8
	 * ({@code ?language=%FF}): Tomcat refuses to decode it when the parameters are first
	 * read.
	 */
	@ExceptionHandler(InvalidParameterException.class)
	ResponseEntity<ProblemDetail> undecodableParameter(InvalidParameterException e) {
		String message = "Percent-encode each parameter as UTF-8.";
		return problem(HttpStatus.BAD_REQUEST, "malformed-request", message,
				List.of(new FieldProblem("query", message)));
	}

	/**
	 * A failure nobody foresaw still answers as a problem document, and is logged: the
	 * caller learns that nothing it sent was at fault, and nothing else.
	 */
	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception e) {
		log.error("Unexpected failure in the API", e);
		String message = "Something went wrong on our side. Try again later.";
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", message, List.of());
	}

	private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

	static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String detail,
			List<FieldProblem> problems) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
		body.setType(URI.create(TYPE_BASE + type));
		body.setProperty("errors", problems);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

}
