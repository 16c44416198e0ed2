package org.alliance.security;

import java.util.UUID;

/**
 * Who changes an account, as the audit trail names them: a signed-in admin of the clinic,
 * or the installation's operator at the command line, who acts on the clinic named.
 *
 * @param clinicId the clinic acted on
 * @param name the actor in the audit trail: the admin's email, or {@code command-line}
 * @param userId the admin's own account, or null at the command line
 */
public record AccountActor(UUID clinicId, String name, UUID userId) {

	/** How the audit trail names the operator at the host's command line. */
	public static final String COMMAND_LINE = "command-line";

	/** The operator at the command line of the host, for the clinic named. */
	public static AccountActor commandLine(UUID clinicId) {
		return new AccountActor(clinicId, COMMAND_LINE, null);
	}

	/** A signed-in person. */
	public static AccountActor of(CurrentUser user) {
		return new AccountActor(user.clinicId(), user.email(), user.userId());
	}

	boolean is(UUID account) {
		return account.equals(this.userId);
	}

}
