package org.alliance.mail;

import java.util.Locale;
import java.util.regex.Pattern;

import org.alliance.api.InvalidRequest;

/**
 * An email address as typed by staff for someone to be written to, trimmed and in lower
 * case.
 *
 * @param value the address, e.g. {@code jo@example.org}
 */
public record EmailAddress(String value) {

	/** RFC 5321 allows 254 characters in a path. */
	public static final int LONGEST = 254;

	/**
	 * One {@code @} with something on each side, a dot in the domain and no white space
	 * or angle bracket: enough to catch a typo, and what a delivery refuses is shown
	 * against the send.
	 */
	private static final Pattern SHAPE = Pattern.compile("[^@\\s<>,;\"]+@[^@\\s<>,;\"]+\\.[^@\\s<>,;\".]+");

	public EmailAddress {
		value = value.strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * The address typed in a field.
	 * @throws InvalidRequest naming the field when it is not an email address
	 */
	public static EmailAddress of(String field, String typed) {
		String address = (typed == null) ? "" : typed.strip().toLowerCase(Locale.ROOT);
		if (address.length() > LONGEST || !SHAPE.matcher(address).matches()) {
			throw InvalidRequest.of(field, "Give an email address such as jo@example.org.");
		}
		return new EmailAddress(address);
	}

	/**
	 * The address as pages show it: the first character of the name, three stars and the
	 * domain ({@code j***@example.org}), enough to tell which address it is.
	 */
	public String masked() {
		int at = this.value.indexOf('@');
		return this.value.charAt(0) + "***" + this.value.substring(at);
	}

	@Override
	public String toString() {
		return masked();
	}

}
