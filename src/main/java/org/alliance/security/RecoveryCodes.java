package org.alliance.security;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One-time recovery codes, for the day a person's phone is lost: ten at a time, each ten
 * random characters (about 50 bits) from an alphabet without look-alikes (no 0/O, 1/I/L,
 * U), written {@code xxxxx-xxxxx}. OWASP ASVS 5.0 6.5.1 (lookup secrets used once) and
 * 6.5.3 (at least 20 bits of entropy); stored only as bcrypt hashes (6.5.2).
 */
final class RecoveryCodes {

	/** How many codes a person gets at a time. */
	static final int COUNT = 10;

	private static final String ALPHABET = "abcdefghjkmnpqrstvwxyz23456789";

	private static final int LENGTH = 10;

	private static final SecureRandom RANDOM = new SecureRandom();

	private RecoveryCodes() {
	}

	static List<String> generate() {
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < COUNT; i++) {
			StringBuilder code = new StringBuilder();
			for (int c = 0; c < LENGTH; c++) {
				code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
			}
			codes.add(code.substring(0, 5) + "-" + code.substring(5));
		}
		return codes;
	}

	/**
	 * What is hashed and compared: lower case, without spaces and hyphens, so that a code
	 * typed as {@code ABCDE FGHJK} still counts.
	 */
	static String normalise(String typed) {
		return (typed != null) ? typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT) : "";
	}

	/**
	 * Whether the typed text has the shape of a recovery code rather than a TOTP code.
	 */
	static boolean looksLikeOne(String typed) {
		String code = normalise(typed);
		return code.length() == LENGTH && !code.chars().allMatch(Character::isDigit);
	}

}
