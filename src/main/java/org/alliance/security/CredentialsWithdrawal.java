package org.alliance.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

/**
 * What a reset or a disable takes from a person besides their password and sessions:
 * every API token of theirs is revoked and every act-for grant they hold ends, for good,
 * inside the caller's transaction. Neither comes back when the person accepts the new
 * invitation or the account is enabled again: a reset or a disable means the person's
 * credentials may be in other hands.
 */
@Component
class CredentialsWithdrawal {

	private final ApiTokens tokens;

	private final ActForGrants grants;

	private final AccountHistory history;

	CredentialsWithdrawal(ApiTokens tokens, ActForGrants grants, AccountHistory history) {
		this.tokens = tokens;
		this.grants = grants;
		this.history = history;
	}

	/**
	 * Revokes the person's tokens and ends their grants.
	 * @param why what ends the grants, for their own audit entries, e.g. "account reset"
	 * @return what was withdrawn in words for the account's audit entry, e.g. "2 API
	 * tokens revoked; 1 act-for grant ended", or null when nothing was
	 */
	String withdraw(AccountActor by, UUID personId, String why) {
		List<String> withdrawn = new ArrayList<>();
		int revoked = this.tokens.revokeAllOf(personId, this.history.now());
		if (revoked > 0) {
			withdrawn.add(counted(revoked, "API token") + " revoked");
		}
		int ended = this.grants.endAllHeldBy(personId, by, why);
		if (ended > 0) {
			withdrawn.add(counted(ended, "act-for grant") + " ended");
		}
		return joined(withdrawn.toArray(String[]::new));
	}

	/** The parts that are there, joined by semicolons; null when none is. */
	static String joined(String... parts) {
		List<String> present = Stream.of(parts).filter(Objects::nonNull).toList();
		return present.isEmpty() ? null : String.join("; ", present);
	}

	private static String counted(int count, String thing) {
		return count + " " + thing + ((count == 1) ? "" : "s");
	}

}
