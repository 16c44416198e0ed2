package org.alliance.staff;

import org.alliance.api.Conflict;
import org.alliance.api.InvalidRequest;
import org.alliance.api.NotFound;
import org.alliance.security.AccountRefused;

/**
 * A refusal of the account rules in the words of the API and the pages: 422 for a bad
 * value, 409 for a state that does not allow the step, 404 for no such account.
 */
final class AccountProblems {

	private AccountProblems() {
	}

	static RuntimeException of(AccountRefused refused) {
		return switch (refused.reason()) {
			case INVALID -> InvalidRequest.of(refused.field(), refused.getMessage());
			case CONFLICT -> new Conflict(refused.field(), refused.getMessage());
			case NOT_FOUND -> new NotFound(refused.field(), refused.getMessage());
		};
	}

}
