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

	/**
	 * Failed sign-ins locked the email. No longer written (failures now delay the next
	 * attempt: {@link #SIGN_IN_DELAY}); kept so that older entries still read.
	 */
	LOCKOUT,

	/**
	 * A sign-in to a locked email was refused. No longer written (see
	 * {@link #SIGN_IN_DELAYED}); kept so that older entries still read.
	 */
	SIGN_IN_LOCKED,

	/**
	 * Failed sign-ins made the email's (or a recognised device's) next attempt wait; the
	 * detail says how long and after how many failures.
	 */
	SIGN_IN_DELAY,

	/**
	 * A sign-in came before its wait was over and was refused without checking the
	 * password; the detail says until when.
	 */
	SIGN_IN_DELAYED,

	/** Too many sign-in attempts came from one address in a minute; refused unchecked. */
	SIGN_IN_THROTTLED,

	/**
	 * A clinical API call (401, 403, 404) or a page (403, 404) was refused; the resource
	 * is the path, the detail the method and status.
	 */
	REFUSED,

	/**
	 * A person confirmed a new authenticator; the detail says whether it replaced one.
	 */
	MFA_ENROLLED,

	/** A person removed their authenticator and recovery codes. */
	MFA_REMOVED,

	/** A person replaced their recovery codes with ten new ones. */
	RECOVERY_CODES_NEW,

	/** A recovery code was used (and so used up); the detail says how many are left. */
	RECOVERY_CODE_USED,

	/** A right TOTP code of a time step already used was refused (RFC 6238, 5.2). */
	CODE_REPLAY_REFUSED,

	/** A wrong second factor (code, recovery code or re-authentication password). */
	SECOND_FACTOR_FAILED,

	/**
	 * A web session ended: the detail says why (idle, absolute limit, credentials
	 * changed, account not active, ended by the person, signed out).
	 */
	SESSION_ENDED,

	/** A person created an API token on the pages; the resource is the token's id. */
	TOKEN_CREATED,

	/** A person revoked one of their API tokens on the pages. */
	TOKEN_REVOKED,

	/**
	 * A supervisor started acting for a client's therapist; the resource is the client,
	 * the detail names the therapist and the grant (whose reason the grant holds).
	 */
	ACT_FOR_STARTED,

	/** A supervisor ended a grant to act for a therapist before it lapsed. */
	ACT_FOR_ENDED,

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
	ROLE_CHANGED,

	/**
	 * An admin named a therapist or supervisor a duty clinician, or no longer one; the
	 * detail says which.
	 */
	DUTY_CHANGED,

	/**
	 * A client was moved to another therapist; the resource is the client, the detail
	 * names the therapists from and to (the reason is kept with the reassignment).
	 */
	CLIENT_REASSIGNED

}
