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
 * audit page, newest first, with people named.
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
			AuditAction.TOKEN_CREATED, AuditAction.TOKEN_REVOKED, AuditAction.LOCKOUT);

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
		// and a person renamed later is shown by today's name.
		return this.jdbc.query("""
				select e.occurred_at, e.action, e.actor, a.display_name, e.resource_id, s.display_name, s.email,
				e.remote_address, e.detail
				from audit_event e
				left join app_user a on a.email = e.actor
				left join app_user s on e.resource_type = 'account' and cast(s.id as varchar(80)) = e.resource_id
				where e.clinic_id = ? and e.action in (%s) order by e.id desc limit ?""".formatted(kinds),
				(rs, i) -> new AccountEvent(rs.getTimestamp(1).toInstant(), AuditAction.valueOf(rs.getString(2)),
						(rs.getString(4) != null) ? rs.getString(4) : rs.getString(3),
						(rs.getString(6) != null) ? rs.getString(6) : rs.getString(7), rs.getString(8),
						rs.getString(9)),
				clinicId, limit);
	}

	/**
	 * One account event as the audit page shows it.
	 *
	 * @param at when
	 * @param action what happened
	 * @param by who did it, by name when they have an account, else as recorded (e.g.
	 * {@code command-line})
	 * @param person whose account it was about, by name; null when none
	 * @param address the caller's address
	 * @param detail e.g. "therapist to supervisor"; never a password
	 */
	public record AccountEvent(Instant at, AuditAction action, String by, String person, String address,
			String detail) {
	}

}
