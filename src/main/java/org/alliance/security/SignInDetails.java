package org.alliance.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * What a sign-in brings besides the email and password: the caller's address (as Spring
 * records it) and the recognised-device tokens its browser holds. The tokens are
 * transient: they are read once, at sign-in, and never kept in the session.
 */
final class SignInDetails extends WebAuthenticationDetails {

	private static final long serialVersionUID = 1L;

	private final transient List<String> deviceTokens;

	private SignInDetails(HttpServletRequest request) {
		super(request);
		this.deviceTokens = DeviceCookie.tokensIn(request);
	}

	/** For the sign-in form's filter. */
	static AuthenticationDetailsSource<HttpServletRequest, SignInDetails> source() {
		return SignInDetails::new;
	}

	/** The well-formed device tokens sent, possibly none; never null. */
	List<String> deviceTokens() {
		return (this.deviceTokens != null) ? this.deviceTokens : List.of();
	}

}
