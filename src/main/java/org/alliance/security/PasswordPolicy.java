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
import java.util.regex.Pattern;

/**
 * What a chosen password must be, on every path that sets one (setup, invitation, own
 * change, reset), per OWASP ASVS 5.0 section V6.2
 * (https://github.com/OWASP/ASVS/blob/v5.0.0/5.0/en/0x15-V6-Authentication.md): at least
 * {@value #MIN_LENGTH} characters (6.2.1 asks for 8 and strongly recommends 15; pages
 * recommend {@value #RECOMMENDED_LENGTH}), up to {@value #MAX_LENGTH} (6.2.9 asks that 64
 * be allowed), any character at all and no composition rules (6.2.5), no rotation
 * (6.2.10), and not one of the commonly used passwords shipped with Alliance (6.2.4 and
 * 6.2.12; the list's source, licence and limits are in
 * {@code docs/decisions/breached-passwords.md}), nor one of the person's context-specific
 * words or one of them repeated (6.2.11, {@link ContextWords}).
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

	private static final Pattern WHITE_SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

	/**
	 * What separates the words of a name or an email: anything but letters and digits.
	 */
	private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

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
	 * is accepted; without context-specific words (see
	 * {@link #refusal(String, ContextWords)}, which every path that sets a password
	 * uses).
	 */
	public Optional<String> refusal(String password) {
		return refusal(password, ContextWords.NONE);
	}

	/**
	 * Why the password is refused, in words for the person choosing it, or empty when it
	 * is accepted: by length, by the list of common passwords, and when it is one of the
	 * person's context-specific words or one of them repeated (ASVS 5.0 6.2.11), case and
	 * white space aside: "Tess Tess Tess" for Tess, "riversidetherapy" in Riverside
	 * Therapy. A password that merely holds such a word among others is accepted.
	 */
	public Optional<String> refusal(String password, ContextWords words) {
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
		String typed = squeezed(password);
		if (words.squeezed().stream().anyMatch((word) -> repeats(typed, word))) {
			return Optional.of("Choose a password that is not your name, your email or the clinic's name, nor one"
					+ " of them repeated: attackers try those first.");
		}
		return Optional.empty();
	}

	/** Whether the text is the word once or several times over. */
	private static boolean repeats(String text, String word) {
		return !word.isEmpty() && text.length() % word.length() == 0
				&& text.equals(word.repeat(text.length() / word.length()));
	}

	/** Lower case without white space: how a password is compared with the words. */
	private static String squeezed(String text) {
		return WHITE_SPACE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
	}

	/**
	 * The context-specific words of OWASP ASVS 5.0 6.2.11 ("the documented set of context
	 * specific words"): what an attacker who knows whose account it is tries first. The
	 * set is the email, the part before its @ (as typed and without its dots, dashes and
	 * other separators), the person's display name, the clinic's name, and each word of
	 * three characters or more in the part before the @, the display name and the
	 * clinic's name. Any of them may be null when not known.
	 *
	 * @param email the account's email, e.g. {@code ana.ruiz@clinic.example}
	 * @param displayName the name pages show, e.g. "Dr Ana Ruiz"
	 * @param clinicName the clinic's name, e.g. "Riverside Therapy"
	 */
	public record ContextWords(String email, String displayName, String clinicName) {

		/** No words: only the length and the list of common passwords apply. */
		public static final ContextWords NONE = new ContextWords(null, null, null);

		/** Words shorter than this are left out: "Dr" repeated is not Dr Ana Ruiz. */
		private static final int SHORTEST_WORD = 3;

		/** Each word of the set, lower case without white space. */
		Set<String> squeezed() {
			Set<String> words = new HashSet<>();
			String local = (this.email != null) ? this.email.split("@", 2)[0] : null;
			for (String whole : new String[] { this.email, local, this.displayName, this.clinicName }) {
				if (whole == null) {
					continue;
				}
				words.add(PasswordPolicy.squeezed(whole));
				String[] parts = SEPARATORS.split(whole.toLowerCase(Locale.ROOT));
				words.add(String.join("", parts));
				for (String part : parts) {
					if (part.codePointCount(0, part.length()) >= SHORTEST_WORD) {
						words.add(part);
					}
				}
			}
			words.remove("");
			return words;
		}

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
