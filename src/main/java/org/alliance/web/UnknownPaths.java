package org.alliance.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A path that nothing serves: a problem document under {@code /api}, where callers are
 * programs, and the product's not-found page everywhere else, where they are people.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 20)
class UnknownPaths {

	@ExceptionHandler(NoResourceFoundException.class)
	Object unknown(HttpServletRequest request) {
		if (request.getRequestURI().startsWith("/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such API route.");
			problem.setType(URI.create("urn:alliance:problem:not-found"));
			problem.setProperty("errors", List.of(Map.of("field", "path", "message", "No such API route.")));
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		return ErrorPages.page(request, HttpStatus.NOT_FOUND);
	}

}
