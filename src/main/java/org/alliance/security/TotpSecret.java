package org.alliance.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import org.apache.commons.codec.binary.Base32;

/**
 * The shared secret of a person's authenticator app: 160 random bits, the length RFC 4226
 * section 4 recommends for HMAC-SHA1 (https://www.rfc-editor.org/rfc/rfc4226#section-4).
 * Shown once, at enrolment, as Base32 text (RFC 4648) and as an {@code otpauth://} URI
 * (Google Authenticator's key URI format, which every authenticator app reads).
 */
record TotpSecret(byte[] bytes) {

	private static final SecureRandom RANDOM = new SecureRandom();

	static TotpSecret generate() {
		byte[] bytes = new byte[20];
		RANDOM.nextBytes(bytes);
		return new TotpSecret(bytes);
	}

	/** The secret as typed into an app by hand: 32 Base32 letters and digits. */
	String base32() {
		return new Base32().encodeToString(this.bytes).replace("=", "");
	}

	/**
	 * {@code otpauth://totp/Alliance:<email>?secret=<base32>&issuer=Alliance}: the app
	 * shows the issuer and the account, and its defaults (SHA1, 6 digits, 30 s) are ours.
	 */
	String authenticatorUri(String email) {
		// As in the format's own example (Alliance:someone@clinic.org): ':' and '@' stay
		// as they are, anything else unusual in an address is percent-encoded.
		String account = URLEncoder.encode(email, StandardCharsets.UTF_8).replace("%40", "@").replace("+", "%20");
		return "otpauth://totp/Alliance:" + account + "?secret=" + base32() + "&issuer=Alliance";
	}

}
