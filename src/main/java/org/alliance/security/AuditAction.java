package org.alliance.security;

/**
 * What was done to clinical data, and every attempt to get at it: sign-ins and refusals;
 * and every event in the life of a clinic's accounts. Names fit the audit trail's
 * 20-character column.
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
	SIGN_IN_THROTTLED,

	/**
	 * A clinical API call (401, 403, 404) or a page (403, 404) was refused; the resource
	 * is the path, the detail the method and status.
	 */
	REFUSED,

	/** A clinic was created on this installation, with its first admin. */
	CLINIC_CREATED,

	/**
	 * An account was created and its invitation link issued; the detail names the role.
	 */
	ACCOUNT_INVITED,

	/** The invitee chose a name and password: the account can sign in. */
	ACCOUNT_ACTIVATED,

	/** A person changed their own password; never the password itself. */
	PASSWORD_CHANGED,

	/**
	 * An admin reset an account: its password stopped working and a new invitation was
	 * issued.
	 */
	ACCOUNT_RESET,

	/**
	 * An admin disabled an account: its sessions and API tokens stop at the next request.
	 */
	ACCOUNT_DISABLED,

	/** An admin enabled a disabled account again. */
	ACCOUNT_ENABLED,

	/** An admin changed an account's role; the detail says from what to what. */
	ROLE_CHANGED

}
