package org.alliance.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The account events of the audit trail: written inside the change's own transaction, so
 * that a change and its entry commit together, and read back for the clinic's account
 * audit page, newest first, each person as name and email.
 */
@Component
public class AccountHistory {

	/**
	 * What the account audit page lists: each account's life, its second factor and its
	 * API tokens, and lockouts. Sign-ins and ended sessions are left out: they would bury
	 * the rest.
	 */
	public static final List<AuditAction> ACCOUNT_EVENTS = List.of(AuditAction.CLINIC_CREATED,
			AuditAction.ACCOUNT_INVITED, AuditAction.ACCOUNT_ACTIVATED, AuditAction.PASSWORD_CHANGED,
			AuditAction.ACCOUNT_RESET, AuditAction.ACCOUNT_DISABLED, AuditAction.ACCOUNT_ENABLED,
			AuditAction.ROLE_CHANGED, AuditAction.MFA_ENROLLED, AuditAction.MFA_REMOVED, AuditAction.RECOVERY_CODES_NEW,
			AuditAction.RECOVERY_CODE_USED, AuditAction.CODE_REPLAY_REFUSED, AuditAction.SECOND_FACTOR_FAILED,
			AuditAction.TOKEN_CREATED, AuditAction.TOKEN_REVOKED, AuditAction.LOCKOUT, AuditAction.DUTY_CHANGED,
			AuditAction.CLIENT_REASSIGNED);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AccountHistory(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Instant now() {
		return this.clock.instant();
	}

	/** Appends an entry about the account inside the caller's transaction. */
	void record(AccountActor by, AuditAction action, UUID account, String detail) {
		AuditTrail.append(this.jdbc, new AuditEntry(by.clinicId(), by.name(), action, "account",
				(account != null) ? account.toString() : null, AuditTrail.remoteAddress(), now(), detail));
	}

	/**
	 * The clinic's latest events of the given kinds, newest first.
	 * @param limit at most this many
	 */
	public List<AccountEvent> of(UUID clinicId, List<AuditAction> actions, int limit) {
		if (actions.isEmpty()) {
			return List.of();
		}
		String kinds = String.join(",", actions.stream().map((a) -> "'" + a.name() + "'").toList());
		// Names are joined here, not stored: the trail keeps the email or id it recorded,
		// and a person renamed later is shown by today's name. A token's event names the
		// token's owner, whoever made or revoked it.
		return this.jdbc.query(
				"""
						select e.occurred_at, e.action, e.actor, a.display_name, s.display_name, s.email, o.display_name,
						o.email, e.remote_address, e.detail
						from audit_event e
						left join app_user a on a.email = e.actor
						left join app_user s on e.resource_type = 'account' and cast(s.id as varchar(80)) = e.resource_id
						left join api_token t on e.resource_type = 'api-token' and substring(t.token_hash, 1, 12) = e.resource_id
						left join app_user o on o.id = t.user_id
						where e.clinic_id = ? and e.action in (%s) order by e.id desc limit ?"""
					.formatted(kinds),
				(rs, i) -> new AccountEvent(rs.getTimestamp(1).toInstant(), AuditAction.valueOf(rs.getString(2)),
						named(rs.getString(4), rs.getString(3)),
						(rs.getString(6) != null) ? named(rs.getString(5), rs.getString(6))
								: named(rs.getString(7), rs.getString(8)),
						rs.getString(9), rs.getString(10)),
				clinicId, limit);
	}

	/**
	 * A person as name and email, e.g. "Dr Ana Ruiz (ana@clinic.example)": the name is
	 * the person's own choice, so the email beside it keeps a trail that cannot be read
	 * as someone else's; as recorded when no account has the email (e.g.
	 * {@code command-line}).
	 */
	private static String named(String name, String email) {
		if (name == null) {
			return email;
		}
		return (email == null) ? name : name + " (" + email + ")";
	}

	/**
	 * One account event as the audit page shows it.
	 *
	 * @param at when
	 * @param action what happened
	 * @param by who did it, as name and email when they have an account, else as recorded
	 * (e.g. {@code command-line})
	 * @param person whose account (or API token) it was about, as name and email; null
	 * when none
	 * @param address the caller's address
	 * @param detail e.g. "therapist to supervisor"; never a password
	 */
	public record AccountEvent(Instant at, AuditAction action, String by, String person, String address,
			String detail) {
	}

}
