package org.alliance.security;

import java.util.List;
import java.util.Optional;

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

	private static final int LONGEST_CODE = 40;

	private final transient List<String> deviceTokens;

	private final transient String code;

	private volatile boolean secondFactorProved;

	private SignInDetails(HttpServletRequest request) {
		super(request);
		this.deviceTokens = DeviceCookie.tokensIn(request);
		String typed = request.getParameter("code");
		this.code = (typed != null && !typed.isBlank() && typed.length() <= LONGEST_CODE) ? typed.trim() : null;
	}

	/**
	 * A code of the person's authenticator typed with the password, if any: the sign-in
	 * page offers the field while failed attempts make the email wait.
	 */
	Optional<String> code() {
		return Optional.ofNullable(this.code);
	}

	/** The code sent with the password was right: the sign-in needs no second step. */
	void secondFactorProved() {
		this.secondFactorProved = true;
	}

	boolean isSecondFactorProved() {
		return this.secondFactorProved;
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
