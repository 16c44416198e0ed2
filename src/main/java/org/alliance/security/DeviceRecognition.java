package org.alliance.security;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

/**
 * Makes the browser a recognised device of the person once their sign-in is complete
 * (after the second factor, where they have one): a fresh token in its device cookie.
 * OWASP, "Slow Down Online Guessing Attacks with Device Cookies":
 * https://owasp.org/www-community/Slow_Down_Online_Guessing_Attacks_with_Device_Cookies
 */
@Component
class DeviceRecognition {

	private final RecognisedDevices devices;

	private final Clock clock;

	DeviceRecognition(RecognisedDevices devices, Clock clock) {
		this.devices = devices;
		this.clock = clock;
	}

	/** Hands the browser a new device token for the person. */
	void recognise(HttpServletRequest request, HttpServletResponse response, CurrentUser user) {
		List<String> tokens = this.devices.issue(user.userId(), user.clinicId(), DeviceCookie.tokensIn(request),
				this.clock.instant());
		DeviceCookie.write(request, response, tokens, this.devices.lifetime());
	}

}
