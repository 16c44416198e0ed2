package org.alliance.security;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import org.alliance.text.ReadableText;

/**
 * The rules every path applies to what a person types for an account: an email, a name, a
 * role, a password ({@link PasswordPolicy}). Each refusal names its field.
 */
final class AccountRules {

	/** RFC 5321 allows 254 characters in a path; the column holds 320. */
	private static final int EMAIL_LENGTH = 254;

	private static final int NAME_LENGTH = 200;

	/**
	 * One {@code @} with something on each side, a dot in the domain and no white space:
	 * enough to catch a typo, and an invitation link proves the address works anyway.
	 */
	private static final Pattern WHITE_SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private AccountRules() {
	}

	/** The email as stored: trimmed and in lower case. */
	static String email(String field, String email) {
		String normalised = (email == null) ? "" : UserAccounts.normalise(email);
		if (normalised.isEmpty()) {
			throw AccountRefused.invalid(field, "Give the person's email.");
		}
		if (normalised.length() > EMAIL_LENGTH || !EMAIL.matcher(normalised).matches()) {
			throw AccountRefused.invalid(field, "Give an email such as ana.ruiz@clinic.example.");
		}
		return normalised;
	}

	/**
	 * A name as pages show it, of a person or a clinic: the rules of a client's pseudonym
	 * ({@link ReadableText}: no control character, no invisible or direction-changing
	 * character, at least one visible one), at most {@value #NAME_LENGTH} characters.
	 * Stored trimmed, with each run of white space made one space and in Unicode
	 * normalisation form C, so that names that look the same are stored the same (pages
	 * show "Ana Ruiz" as "Ana Ruiz"; "é" typed as e and an accent is "é").
	 */
	static String name(String field, String name) {
		String stripped = (name == null) ? "" : name.strip();
		if (stripped.isEmpty()) {
			throw AccountRefused.invalid(field, "Give the name the clinic's pages show, e.g. Dr Ana Ruiz.");
		}
		if (stripped.codePoints().anyMatch(Character::isISOControl) || ReadableText.controlCharacterIn(stripped)) {
			throw AccountRefused.invalid(field, "Use letters, spaces and punctuation only.");
		}
		if (ReadableText.invisibleFormattingIn(stripped)) {
			throw AccountRefused.invalid(field, ReadableText.NO_INVISIBLE);
		}
		if (!ReadableText.visibleCharacterIn(stripped)) {
			throw AccountRefused.invalid(field, ReadableText.ONE_VISIBLE);
		}
		String normal = Normalizer.normalize(WHITE_SPACE.matcher(stripped).replaceAll(" "), Normalizer.Form.NFC);
		if (normal.codePointCount(0, normal.length()) > NAME_LENGTH) {
			throw AccountRefused.invalid(field, "Use at most " + NAME_LENGTH + " characters.");
		}
		return normal;
	}

	/** A staff role by its wire name: therapist, supervisor or admin. */
	static Role role(String field, String role) {
		String wire = (role == null) ? "" : role.strip().toLowerCase(Locale.ROOT);
		for (Role candidate : Role.values()) {
			if (candidate != Role.CLIENT && candidate.wireName().equals(wire)) {
				return candidate;
			}
		}
		throw AccountRefused.invalid(field, "Choose therapist, supervisor or admin.");
	}

	/**
	 * The password as typed, if the policy accepts it for this person (their email, name
	 * and clinic's name are context-specific words, ASVS 5.0 6.2.11).
	 */
	static String password(String field, String password, PasswordPolicy.ContextWords words) {
		PasswordPolicy.standard().refusal(password, words).ifPresent((message) -> {
			throw AccountRefused.invalid(field, message);
		});
		return password;
	}

	/**
	 * Whether the flag holds for the role: only a therapist or supervisor also
	 * administers; an admin does by role.
	 */
	static boolean administers(Role role, boolean administers) {
		return administers && role != Role.ADMIN;
	}

}
