package org.alliance.web;

import java.io.IOException;
import java.util.EnumSet;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A refusal under {@code /api} that Tomcat or a filter sent with {@code sendError}
 * (TRACE, which the connector refuses with 405, say) reaches Spring Boot's error
 * controller, whose JSON is no problem document. This answers such an error dispatch
 * itself, with an RFC 9457 problem document naming the request; pages keep their error
 * page ({@link RefusedRequestPages}).
 */
@Configuration(proxyBeanMethods = false)
class ApiErrorDispatch {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> apiErrorDispatchFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new ProblemOnError());
		registration.setDispatcherTypes(EnumSet.of(DispatcherType.ERROR));
		registration.addUrlPatterns("/*");
		return registration;
	}

	/** The problem document for a status, in the API's shape. */
	static String problem(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		String type = (status >= 500) ? "internal" : (status == 404) ? "not-found" : "malformed-request";
		String message = (status >= 500) ? "Something went wrong on our side. Try again later."
				: "This request cannot be answered: " + ((known != null) ? known.getReasonPhrase() : "refused") + ".";
		String field = (status == 405) ? "method" : "request";
		return "{\"type\":\"urn:alliance:problem:" + type + "\",\"status\":" + status + ",\"detail\":\"" + message
				+ "\",\"errors\":[{\"field\":\"" + field + "\",\"message\":\"" + message + "\"}]}";
	}

	private static final class ProblemOnError extends OncePerRequestFilter {

		@Override
		protected boolean shouldNotFilterErrorDispatch() {
			return false;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
			Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
			if (!(uri instanceof String path) || !path.startsWith("/api/") || !(status instanceof Integer code)
					|| response.isCommitted()) {
				chain.doFilter(request, response);
				return;
			}
			response.setStatus(code);
			response.setCharacterEncoding("UTF-8");
			response.setContentType("application/problem+json");
			response.getWriter().write(problem(code));
		}

	}

}
