package org.alliance.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose Content-Type is not one concrete media type (a wildcard such as
 * {@code *}{@code /*}, or text that is no media type at all) with 415 before any handler
 * reads it: Spring reads such a header only by throwing, deep in argument resolution.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ContentTypeCheck extends OncePerRequestFilter {

	private static final String MESSAGE = "Name one media type, such as application/json.";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String contentType = request.getContentType();
		if (contentType == null || concrete(contentType)) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
		response.setCharacterEncoding("UTF-8");
		if (request.getRequestURI().startsWith("/api/")) {
			response.setContentType("application/problem+json");
			response.getWriter()
				.write("{\"type\":\"urn:alliance:problem:malformed-request\",\"status\":415,\"detail\":\"" + MESSAGE
						+ "\",\"errors\":[{\"field\":\"Content-Type\",\"message\":\"" + MESSAGE + "\"}]}");
		}
		else {
			response.setContentType("text/plain");
			response.getWriter().write("Unsupported Content-Type. " + MESSAGE);
		}
	}

	private static boolean concrete(String contentType) {
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return !type.isWildcardType() && !type.isWildcardSubtype();
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

}
