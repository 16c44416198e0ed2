package org.alliance.security;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * The cookie that carries a browser's {@link RecognisedDevices} tokens, dot-separated. It
 * is {@code HttpOnly} and {@code SameSite=Strict}; over TLS it is {@code Secure} and
 * {@code __Host-}-prefixed, so no other host or path can set it (RFC 6265bis, "Cookie
 * Name Prefixes").
 */
final class DeviceCookie {

	static final String NAME = "alliance-device";

	static final String SECURE_NAME = "__Host-" + NAME;

	/** 256 random bits, base64url without padding. */
	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

	private DeviceCookie() {
	}

	/** The well-formed tokens the request carries, at most a browser's share. */
	static List<String> tokensIn(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return List.of();
		}
		return Arrays.stream(cookies)
			.filter((cookie) -> cookie.getName().equals(NAME) || cookie.getName().equals(SECURE_NAME))
			.flatMap((cookie) -> Arrays.stream(cookie.getValue().split("\\.")))
			.filter((token) -> TOKEN.matcher(token).matches())
			.distinct()
			.limit(RecognisedDevices.TOKENS_PER_BROWSER)
			.toList();
	}

	static void write(HttpServletRequest request, HttpServletResponse response, List<String> tokens,
			Duration lifetime) {
		boolean secure = request.isSecure();
		ResponseCookie cookie = ResponseCookie.from(secure ? SECURE_NAME : NAME, String.join(".", tokens))
			.path("/")
			.httpOnly(true)
			.secure(secure)
			.sameSite("Strict")
			.maxAge(lifetime)
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

}
