package org.alliance.security;

/**
 * What was done to clinical data, and every sign-in.
 */
public enum AuditAction {

	/** Clinical data was read. */
	READ,

	/** Clinical data was created. */
	CREATE,

	/** Clinical data was changed. */
	UPDATE,

	/** A person signed in to the pages. */
	SIGN_IN,

	/** A sign-in was refused: wrong password, or no account has the email. */
	SIGN_IN_FAILED,

	/** Failed sign-ins locked the email; the detail says for how long. */
	LOCKOUT,

	/** A sign-in to a locked email was refused without checking the password. */
	SIGN_IN_LOCKED,

	/** Too many sign-in attempts came from one address in a minute; refused unchecked. */
	SIGN_IN_THROTTLED

}
