package org.alliance.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Where a refused sign-in goes. A wrong password and an unknown email get the same
 * answer, and so do a locked real account and a locked made-up one. Too many attempts
 * from one address get 429 with the sign-in page and {@code Retry-After}.
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

	/** The page shown, with status 429, when an address is over its limit. */
	static final String TOO_MANY = "/login/too-many";

	private final RedirectStrategy redirect = new DefaultRedirectStrategy();

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		if (exception instanceof SignInThrottled) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(SignInRateLimit.WINDOW.toSeconds()));
			request.getRequestDispatcher(TOO_MANY).forward(request, response);
		}
		else if (exception instanceof LockedException) {
			this.redirect.sendRedirect(request, response, "/login?locked");
		}
		else {
			this.redirect.sendRedirect(request, response, "/login?error");
		}
	}

}
