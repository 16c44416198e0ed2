package org.alliance.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.alliance.api.ActForRequired;
import org.alliance.api.Conflict;
import org.alliance.api.Forbidden;
import org.alliance.api.InvalidRequest;
import org.alliance.api.NotFound;
import org.alliance.language.ClientLanguages;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The pages' answer to whatever a page handler could not do: a page in the product's
 * layout, in the client's language on a personal link, with the right status — never a
 * stack trace or a framework's error page. The JSON API answers with problem documents
 * instead (see {@code ApiProblemHandler}, which comes first for API controllers).
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class ErrorPages {

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	private final ClientLanguages languages;

	ErrorPages(ClientLanguages languages) {
		this.languages = languages;
	}

	@ExceptionHandler(NotFound.class)
	ModelAndView notFound(HttpServletRequest request) {
		return page(request, HttpStatus.NOT_FOUND, this.languages);
	}

	@ExceptionHandler(Forbidden.class)
	ModelAndView forbidden(HttpServletRequest request) {
		return page(request, HttpStatus.FORBIDDEN, this.languages);
	}

	/**
	 * A supervisor's change to another therapist's client: 403, with the reason and the
	 * way to the client's act-for page.
	 */
	@ExceptionHandler(ActForRequired.class)
	ModelAndView actForRequired(HttpServletRequest request, ActForRequired ex) {
		return page(request, HttpStatus.FORBIDDEN, this.languages).addObject("actForClient", ex.clientId());
	}

	@ExceptionHandler(Conflict.class)
	ModelAndView conflict(HttpServletRequest request, Conflict ex) {
		return page(request, HttpStatus.CONFLICT, this.languages).addObject("detail", ex.getMessage());
	}

	@ExceptionHandler(InvalidRequest.class)
	ModelAndView invalid(HttpServletRequest request, InvalidRequest ex) {
		return page(request, HttpStatus.UNPROCESSABLE_CONTENT, this.languages).addObject("problems", ex.problems());
	}

	/**
	 * Also a blank id once decoded ({@code /clients/%20}) and a parameter that is not
	 * percent-encoded UTF-8, which Tomcat refuses to decode: the request's fault.
	 */
	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
			MissingPathVariableException.class, InvalidParameterException.class })
	ModelAndView badRequest(HttpServletRequest request) {
		return page(request, HttpStatus.BAD_REQUEST, this.languages);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ModelAndView wrongMethod(HttpServletRequest request) {
		return page(request, HttpStatus.METHOD_NOT_ALLOWED, this.languages);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ModelAndView wrongMediaType(HttpServletRequest request) {
		return page(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, this.languages);
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(HttpServletRequest request, Exception ex) {
		log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), ex);
		return page(request, HttpStatus.INTERNAL_SERVER_ERROR, this.languages);
	}

	/**
	 * The error page, in the language a client chose on a personal link (in the address,
	 * else the link's cookie) or else the browser's, among those with a bundle.
	 */
	static ModelAndView page(HttpServletRequest request, HttpStatus status, ClientLanguages languages) {
		String language = languages.ofRequest(request);
		ClientLanguages.use(request, language);
		ModelAndView page = new ModelAndView("error", status);
		page.addObject("status", status.value());
		page.addObject("lang", language);
		page.addObject("clientLink", requestedPath(request).startsWith("/r/"));
		return page;
	}

	/**
	 * The path the person asked for: on the container's error dispatch (a refusal sent
	 * with {@code sendError}, such as the security filters' 403) the request's own path
	 * is {@code /error}, and the one asked for is kept in a request attribute (Servlet 6,
	 * 10.9.1).
	 */
	static String requestedPath(HttpServletRequest request) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return (original instanceof String path) ? path : request.getRequestURI();
	}

}
