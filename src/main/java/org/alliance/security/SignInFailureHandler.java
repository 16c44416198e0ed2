package org.alliance.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Where a refused sign-in goes. A wrong password and an unknown email get the same
 * answer, and so does an attempt that must still wait, for a real account or a made-up
 * one. Too many attempts from one address, and an attempt before its wait is over, get
 * 429 with the sign-in page saying why and {@code Retry-After}.
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

	/** The page shown, with status 429, when an address is over its limit. */
	static final String TOO_MANY = "/login/too-many";

	/** The page shown, with status 429, when an attempt came before its wait was over. */
	static final String WAIT = "/login/wait";

	/** The request attribute that tells {@link #WAIT} how many seconds remain. */
	static final String WAIT_SECONDS = "alliance.signInWaitSeconds";

	private final RedirectStrategy redirect = new DefaultRedirectStrategy();

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		if (exception instanceof SignInThrottled) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(SignInRateLimit.WINDOW.toSeconds()));
			request.getRequestDispatcher(TOO_MANY).forward(request, response);
		}
		else if (exception instanceof SignInDelayed delayed) {
			// Whole seconds, rounded up: a wait of 0.4 s is announced as 1 s, never 0.
			long seconds = Math.max(1, (delayed.remaining().toMillis() + 999) / 1000);
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
			request.setAttribute(WAIT_SECONDS, seconds);
			request.getRequestDispatcher(WAIT).forward(request, response);
		}
		else {
			this.redirect.sendRedirect(request, response, "/login?error");
		}
	}

}
