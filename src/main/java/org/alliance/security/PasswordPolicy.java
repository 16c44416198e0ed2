package org.alliance.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a chosen password must be, on every path that sets one (setup, invitation, own
 * change, reset), per OWASP ASVS 5.0 section V6.2
 * (https://github.com/OWASP/ASVS/blob/v5.0.0/5.0/en/0x15-V6-Authentication.md): at least
 * {@value #MIN_LENGTH} characters (6.2.1 asks for 8 and strongly recommends 15; pages
 * recommend {@value #RECOMMENDED_LENGTH}), up to {@value #MAX_LENGTH} (6.2.9 asks that 64
 * be allowed), any character at all and no composition rules (6.2.5), no rotation
 * (6.2.10), and not one of the commonly used passwords shipped with Alliance (6.2.4 and
 * 6.2.12; the list's source, licence and limits are in
 * {@code docs/decisions/breached-passwords.md}).
 * <p>
 * Length counts Unicode code points, so a password of emoji or CJK characters is measured
 * as a person sees it. The password is taken exactly as typed: never trimmed or truncated
 * (6.2.8).
 */
public final class PasswordPolicy {

	/** The shortest password accepted (ASVS 5.0 6.2.1). */
	public static final int MIN_LENGTH = 12;

	/** The length pages recommend (ASVS 5.0 6.2.1: "a minimum of 15 ... recommended"). */
	public static final int RECOMMENDED_LENGTH = 15;

	/** The longest password accepted; bcrypt still sees enough of it to matter. */
	public static final int MAX_LENGTH = 128;

	private static final String LIST = "/security/common-passwords.txt";

	private static final PasswordPolicy STANDARD = new PasswordPolicy(load());

	private final Set<String> common;

	private PasswordPolicy(Set<String> common) {
		this.common = common;
	}

	/** The policy with the shipped list of common passwords, loaded once. */
	public static PasswordPolicy standard() {
		return STANDARD;
	}

	/** How many common passwords are refused. */
	public int listed() {
		return this.common.size();
	}

	/**
	 * Why the password is refused, in words for the person choosing it, or empty when it
	 * is accepted.
	 */
	public Optional<String> refusal(String password) {
		if (password == null || password.isEmpty()) {
			return Optional.of("Choose a password of at least " + MIN_LENGTH + " characters.");
		}
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return Optional.of("Use at least " + MIN_LENGTH + " characters (" + RECOMMENDED_LENGTH
					+ " or more is better); this one has " + length + ".");
		}
		if (length > MAX_LENGTH) {
			return Optional.of("Use at most " + MAX_LENGTH + " characters; this one has " + length + ".");
		}
		if (this.common.contains(password.toLowerCase(Locale.ROOT))) {
			return Optional.of("This password is on a list of commonly used passwords that attackers try first."
					+ " Choose another, such as a few unrelated words.");
		}
		return Optional.empty();
	}

	private static Set<String> load() {
		Set<String> common = new HashSet<>(65_536);
		try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
			if (in == null) {
				throw new IllegalStateException("The list of common passwords is missing from the build: " + LIST);
			}
			BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				if (!line.isBlank()) {
					common.add(line.strip().toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(common);
	}

}
