package org.alliance.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.alliance.language.ClientLanguages;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A path that nothing serves, or a method it does not take: a problem document under
 * {@code /api}, where callers are programs, and the product's error page everywhere else,
 * where they are people.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 20)
class UnknownPaths {

	private final ClientLanguages languages;

	UnknownPaths(ClientLanguages languages) {
		this.languages = languages;
	}

	@ExceptionHandler(NoResourceFoundException.class)
	Object unknown(HttpServletRequest request) {
		return answer(request, HttpStatus.NOT_FOUND, "path", "No such route.");
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object wrongMethod(HttpServletRequest request, HttpRequestMethodNotSupportedException ex) {
		return answer(request, HttpStatus.METHOD_NOT_ALLOWED, "method",
				"This route does not take " + ex.getMethod() + ".");
	}

	private Object answer(HttpServletRequest request, HttpStatus status, String field, String message) {
		if (request.getRequestURI().startsWith("/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
			problem.setType(URI.create(
					"urn:alliance:problem:" + (status == HttpStatus.NOT_FOUND ? "not-found" : "malformed-request")));
			problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		return ErrorPages.page(request, status, this.languages);
	}

}
