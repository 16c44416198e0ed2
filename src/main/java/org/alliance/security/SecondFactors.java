package org.alliance.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.alliance.security.TotpCodes.Verdict;
import org.alliance.storage.TimeOrderedIds;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's second factor: a TOTP authenticator (RFC 6238) and ten one-time recovery
 * codes. Email is never a second factor (OWASP ASVS 5.0, 6.3.6). Every enrolment,
 * removal, new set of recovery codes, recovery code used, replayed code and wrong code is
 * written to the audit trail, against the account.
 */
@Service
public class SecondFactors {

	private static final Logger log = LoggerFactory.getLogger(SecondFactors.class);

	/** What a person is told when the server's key does not open their secret. */
	static final String KEY_MISMATCH = "Your code cannot be checked: this server's key does not match the one your"
			+ " authenticator was set up with. Contact your clinic's administrator. A recovery code still works.";

	private final JdbcTemplate jdbc;

	private final SecretsAtRest secrets;

	private final PasswordEncoder passwords;

	private final AuditTrail audit;

	private final Clock clock;

	private final TotpCodes codes = new TotpCodes();

	SecondFactors(JdbcTemplate jdbc, SecretsAtRest secrets, PasswordEncoder passwords, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.secrets = secrets;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether the person has a confirmed authenticator. */
	public boolean enrolled(UUID userId) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from second_factor where user_id = ? and secret is not null", Integer.class, userId);
		return count != null && count > 0;
	}

	/**
	 * Whether the person must sign in with a second factor, by
	 * {@link SecondFactorPolicy}.
	 */
	public boolean required(UUID userId) {
		return this.jdbc
			.queryForObject("""
					select u.role, u.administers, c.demo, c.mfa_for_therapists from app_user u
					join clinic c on c.id = u.clinic_id where u.id = ?""",
					(rs, i) -> new SecondFactorPolicy(Role.valueOf(rs.getString(1)), rs.getBoolean(2), rs.getBoolean(3),
							rs.getBoolean(4)),
					userId)
			.required();
	}

	/** How many unused recovery codes the person has. */
	public int recoveryCodesLeft(UUID userId) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from recovery_code where user_id = ? and used_at is null", Integer.class, userId);
		return (count != null) ? count : 0;
	}

	/**
	 * A new secret for the person's authenticator, kept pending until a code made from it
	 * confirms it; the secret in use, if any, stays in use until then.
	 */
	@Transactional
	TotpSecret startEnrolment(CurrentUser user) {
		TotpSecret secret = TotpSecret.generate();
		String sealed = this.secrets.seal(secret.bytes(), owner(user.userId()));
		if (this.jdbc.update("update second_factor set pending_secret = ? where user_id = ?", sealed,
				user.userId()) == 0) {
			this.jdbc.update("insert into second_factor (user_id, clinic_id, pending_secret) values (?, ?, ?)",
					user.userId(), user.clinicId(), sealed);
		}
		return secret;
	}

	/**
	 * The pending secret if one awaits confirmation (so that reloading the page does not
	 * change the secret already scanned), otherwise a new one.
	 */
	@Transactional
	TotpSecret pendingOrNew(CurrentUser user) {
		return pending(user).map(TotpSecret::new).orElseGet(() -> startEnrolment(user));
	}

	/**
	 * Confirms the pending secret with a code the authenticator made from it: it becomes
	 * the person's second factor, with ten new recovery codes.
	 * @return the recovery codes, to be shown once; empty if there is no pending secret
	 * or the code is not one of its current codes
	 */
	@Transactional
	Optional<List<String>> confirmEnrolment(CurrentUser user, String code) {
		Optional<byte[]> pending = pending(user);
		if (pending.isEmpty()) {
			return Optional.empty();
		}
		if (!(this.codes.check(pending.get(), code, now(), Long.MIN_VALUE) instanceof Verdict.Accepted accepted)) {
			record(user, AuditAction.SECOND_FACTOR_FAILED, "wrong code confirming a new authenticator");
			return Optional.empty();
		}
		boolean replacing = enrolled(user.userId());
		this.jdbc.update("""
				update second_factor set secret = pending_secret, pending_secret = null, last_used_step = ?,
				enrolled_at = ? where user_id = ?""", accepted.step(), Timestamp.from(now()), user.userId());
		record(user, AuditAction.MFA_ENROLLED, replacing ? "authenticator replaced" : "authenticator enrolled");
		return Optional.of(newRecoveryCodes(user));
	}

	/**
	 * Checks a code from the authenticator, or a recovery code, as the second factor of a
	 * sign-in or a re-authentication. A TOTP code is accepted once (its step is kept); a
	 * recovery code is used up.
	 */
	@Transactional
	Check check(CurrentUser user, String typed) {
		if (RecoveryCodes.looksLikeOne(typed)) {
			return useRecoveryCode(user, typed);
		}
		Map<String, Object> row = this.jdbc
			.queryForList("select secret, last_used_step from second_factor where user_id = ? and secret is not null",
					user.userId())
			.stream()
			.findFirst()
			.orElse(null);
		if (row == null) {
			return new Check.Refused();
		}
		byte[] secret;
		try {
			secret = this.secrets.open((String) row.get("secret"), owner(user.userId()));
		}
		catch (SecretUnreadable ex) {
			return unreadable(user);
		}
		long lastUsed = (row.get("last_used_step") != null) ? ((Number) row.get("last_used_step")).longValue()
				: Long.MIN_VALUE;
		Verdict verdict = this.codes.check(secret, typed, now(), lastUsed);
		if (verdict instanceof Verdict.Accepted accepted && keep(user.userId(), accepted.step())) {
			return new Check.Passed();
		}
		if (verdict instanceof Verdict.Wrong) {
			record(user, AuditAction.SECOND_FACTOR_FAILED, "wrong code");
			return new Check.Refused();
		}
		record(user, AuditAction.CODE_REPLAY_REFUSED, "code of a time step already used");
		return new Check.Replayed();
	}

	/**
	 * Re-authentication before a change to the second factor: the password and a current
	 * code or a recovery code.
	 */
	@Transactional
	Check reauthenticate(CurrentUser user, String password, String code) {
		String hash = this.jdbc
			.queryForList("select password_hash from app_user where id = ?", String.class, user.userId())
			.stream()
			.findFirst()
			.orElse(null);
		if (hash == null || password == null || !this.passwords.matches(password, hash)) {
			record(user, AuditAction.SECOND_FACTOR_FAILED, "wrong password re-authenticating");
			return new Check.Refused();
		}
		return check(user, code);
	}

	/** Ten new recovery codes in place of the old ones, to be shown once. */
	@Transactional
	List<String> regenerateRecoveryCodes(CurrentUser user) {
		List<String> codes = newRecoveryCodes(user);
		record(user, AuditAction.RECOVERY_CODES_NEW, null);
		return codes;
	}

	/**
	 * The server's key does not open the person's secret: the key file is not the one it
	 * was sealed with. Logged for whoever runs the server, in one line without the
	 * secret, and audited against the account; nobody's code can be checked until the key
	 * is right (a recovery code still can).
	 */
	private Check unreadable(CurrentUser user) {
		log.error("The key in {} does not open the authenticator secret of account {}: the server was started with"
				+ " another key file than the one the secret was sealed with. Point {} (or --data) at that file.",
				SecretKeyFile.PROPERTY, user.userId(), SecretKeyFile.PROPERTY);
		record(user, AuditAction.SECOND_FACTOR_FAILED, "the server's key does not open the authenticator's secret");
		return new Check.KeyMismatch();
	}

	/** Removes the authenticator and the recovery codes. */
	@Transactional
	void remove(CurrentUser user) {
		this.jdbc.update("delete from recovery_code where user_id = ?", user.userId());
		this.jdbc.update("delete from second_factor where user_id = ?", user.userId());
		record(user, AuditAction.MFA_REMOVED, null);
	}

	private Check useRecoveryCode(CurrentUser user, String typed) {
		String code = RecoveryCodes.normalise(typed);
		List<Map<String, Object>> unused = this.jdbc.queryForList(
				"select id, code_hash from recovery_code where user_id = ? and used_at is null", user.userId());
		for (Map<String, Object> row : unused) {
			if (this.passwords.matches(code, (String) row.get("code_hash"))
					&& this.jdbc.update("update recovery_code set used_at = ? where id = ? and used_at is null",
							Timestamp.from(now()), row.get("id")) == 1) {
				record(user, AuditAction.RECOVERY_CODE_USED, (unused.size() - 1) + " left");
				return new Check.Passed();
			}
		}
		record(user, AuditAction.SECOND_FACTOR_FAILED, "wrong or used recovery code");
		return new Check.Refused();
	}

	/** Keeps the step of an accepted code; false if another request used it meanwhile. */
	private boolean keep(UUID userId, long step) {
		return this.jdbc.update("""
				update second_factor set last_used_step = ?
				where user_id = ? and (last_used_step is null or last_used_step < ?)""", step, userId, step) == 1;
	}

	private List<String> newRecoveryCodes(CurrentUser user) {
		this.jdbc.update("delete from recovery_code where user_id = ?", user.userId());
		List<String> codes = RecoveryCodes.generate();
		for (String code : codes) {
			this.jdbc.update("insert into recovery_code (id, user_id, clinic_id, code_hash) values (?, ?, ?, ?)",
					TimeOrderedIds.next(), user.userId(), user.clinicId(),
					this.passwords.encode(RecoveryCodes.normalise(code)));
		}
		return codes;
	}

	/**
	 * The secret awaiting confirmation, if any the server's key opens: one sealed under
	 * another key can never be confirmed, so enrolment starts again with a new one.
	 */
	private Optional<byte[]> pending(CurrentUser user) {
		try {
			return column("pending_secret", user.userId())
				.map((sealed) -> this.secrets.open(sealed, owner(user.userId())));
		}
		catch (SecretUnreadable ex) {
			log.warn("The key in {} does not open the pending authenticator secret of account {}: enrolment starts"
					+ " again with a new one.", SecretKeyFile.PROPERTY, user.userId());
			return Optional.empty();
		}
	}

	private Optional<String> column(String column, UUID userId) {
		return this.jdbc
			.queryForList("select " + column + " from second_factor where user_id = ?", String.class, userId)
			.stream()
			.filter((value) -> value != null)
			.findFirst();
	}

	private void record(CurrentUser user, AuditAction action, String detail) {
		this.audit.record(new AuditEntry(user.clinicId(), user.email(), action, "account", user.userId().toString(),
				AuditTrail.remoteAddress(), now(), detail));
	}

	private Instant now() {
		return this.clock.instant();
	}

	static String owner(UUID userId) {
		return "second-factor:" + userId;
	}

	/** The outcome of a second-factor check. */
	sealed interface Check {

		/** A current code, or an unused recovery code, now used. */
		record Passed() implements Check {
		}

		/** A code already used: refused, and audited as a replay. */
		record Replayed() implements Check {
		}

		/** A wrong code or password. */
		record Refused() implements Check {
		}

		/**
		 * Not checked: the server's key does not open the secret (another key file than
		 * the one it was sealed with).
		 */
		record KeyMismatch() implements Check {
		}

	}

}
