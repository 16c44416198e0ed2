package org.alliance;

import java.util.UUID;

import org.alliance.security.ApiTokens;
import org.alliance.security.Role;
import org.alliance.security.UserAccount;
import org.alliance.security.UserAccounts;

/**
 * A clinic with an admin, a supervisor and two therapists, each with an API token. Emails
 * are unique per fixture so that tests sharing a database never collide.
 */
public record TestClinic(UUID id, Person admin, Person supervisor, Person therapist, Person otherTherapist) {

	public static final String PASSWORD = "correct horse battery staple";

	public record Person(UserAccount account, String token) {

		public String email() {
			return this.account.email();
		}

	}

	public static TestClinic create(UserAccounts accounts, ApiTokens tokens) {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		UUID clinic = accounts.createClinic("Clinic " + tag);
		return new TestClinic(clinic, person(accounts, tokens, clinic, "admin-" + tag, Role.ADMIN),
				person(accounts, tokens, clinic, "supervisor-" + tag, Role.SUPERVISOR),
				person(accounts, tokens, clinic, "therapist-" + tag, Role.THERAPIST),
				person(accounts, tokens, clinic, "other-" + tag, Role.THERAPIST));
	}

	private static Person person(UserAccounts accounts, ApiTokens tokens, UUID clinic, String name, Role role) {
		UserAccount account = accounts.createUser(clinic, name + "@clinic.test", name, role, PASSWORD);
		return new Person(account, tokens.issue(account.email()));
	}

}
