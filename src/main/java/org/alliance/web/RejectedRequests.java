package org.alliance.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * A request the security firewall refuses before any handler sees it (an encoded NUL or a
 * path that walks up, such as {@code /clients/%00}): a problem document under
 * {@code /api}, and the product's error page for people, both 400.
 */
@Component
class RejectedRequests implements RequestRejectedHandler {

	private static final String MESSAGE = "The path holds characters that no route allows.";

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
			throws IOException {
		if (request.getRequestURI().startsWith("/api/")) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			response.setCharacterEncoding("UTF-8");
			response.setContentType("application/problem+json");
			response.getWriter()
				.write("{\"type\":\"urn:alliance:problem:malformed-request\",\"status\":400,\"detail\":\"" + MESSAGE
						+ "\",\"errors\":[{\"field\":\"path\",\"message\":\"" + MESSAGE + "\"}]}");
			return;
		}
		response.sendError(HttpServletResponse.SC_BAD_REQUEST, MESSAGE);
	}

}
