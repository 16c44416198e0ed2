package org.alliance.security;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;

/**
 * After a successful sign-in: the browser becomes a recognised device of the account (a
 * fresh token in its device cookie), then goes to the start page.
 */
class SignInSuccess extends SimpleUrlAuthenticationSuccessHandler {

	private final RecognisedDevices devices;

	private final Clock clock;

	SignInSuccess(RecognisedDevices devices, Clock clock) {
		super("/");
		setAlwaysUseDefaultTargetUrl(true);
		this.devices = devices;
		this.clock = clock;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		if (authentication.getPrincipal() instanceof ClinicUserDetails details) {
			recognise(request, response, details.user());
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

	/**
	 * Hands the browser a new device token for the person. A second-factor step between
	 * the password and the session should call this once the second factor is checked.
	 */
	void recognise(HttpServletRequest request, HttpServletResponse response, CurrentUser user) {
		List<String> tokens = this.devices.issue(user.userId(), user.clinicId(), DeviceCookie.tokensIn(request),
				this.clock.instant());
		DeviceCookie.write(request, response, tokens, this.devices.lifetime());
	}

}
