package org.alliance.security;

/**
 * A change to an account or clinic that was refused and changed nothing: a bad value, a
 * step the account's state does not allow, or an account not in the caller's clinic. The
 * pages, the API and the commands each say it their own way, beside the named field.
 */
public class AccountRefused extends RuntimeException {

	/** Why: the value itself, the state of things, or nothing to act on. */
	public enum Reason {

		/** A value breaks a rule (a short password, an unknown time zone). */
		INVALID,

		/**
		 * The state of things does not allow it (an email already in use, the last
		 * admin).
		 */
		CONFLICT,

		/** No such account in the caller's clinic, or no such open invitation. */
		NOT_FOUND

	}

	private final String field;

	private final Reason reason;

	public AccountRefused(Reason reason, String field, String message) {
		super(message);
		this.reason = reason;
		this.field = field;
	}

	static AccountRefused invalid(String field, String message) {
		return new AccountRefused(Reason.INVALID, field, message);
	}

	static AccountRefused conflict(String field, String message) {
		return new AccountRefused(Reason.CONFLICT, field, message);
	}

	static AccountRefused notFound(String field, String message) {
		return new AccountRefused(Reason.NOT_FOUND, field, message);
	}

	/** The field the message belongs beside, e.g. {@code password}. */
	public String field() {
		return this.field;
	}

	public Reason reason() {
		return this.reason;
	}

}
