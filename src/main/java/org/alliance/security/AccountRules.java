package org.alliance.security;

import java.util.Locale;
import java.util.regex.Pattern;

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

	/** A name as pages show it: trimmed, not empty, no control characters. */
	static String name(String field, String name) {
		String stripped = (name == null) ? "" : name.strip();
		if (stripped.isEmpty()) {
			throw AccountRefused.invalid(field, "Give the name the clinic's pages show, e.g. Dr Ana Ruiz.");
		}
		if (stripped.codePointCount(0, stripped.length()) > NAME_LENGTH) {
			throw AccountRefused.invalid(field, "Use at most " + NAME_LENGTH + " characters.");
		}
		if (stripped.codePoints().anyMatch(Character::isISOControl)) {
			throw AccountRefused.invalid(field, "Use letters, spaces and punctuation only.");
		}
		return stripped;
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

	/** The password as typed, if the policy accepts it. */
	static String password(String field, String password) {
		PasswordPolicy.standard().refusal(password).ifPresent((message) -> {
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
