package org.alliance.security;

/**
 * What was done to clinical data, and every attempt to get at it: sign-ins and refusals.
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

	/**
	 * A supervisor started acting for a client's therapist; the resource is the client,
	 * the detail names the therapist and the grant (whose reason the grant holds).
	 */
	ACT_FOR_STARTED,

	/** A supervisor ended a grant to act for a therapist before it lapsed. */
	ACT_FOR_ENDED

}
