package org.alliance.security;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.alliance.storage.TimeOrderedIds;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The accounts of a clinic's people through their life: invited by a one-time link,
 * active once the invitee chose a password, reset, disabled and enabled again, given
 * another role. The admin pages, the API and the {@code user} command all come here, so
 * each rule and each audit entry is written once. Every change and its audit entry commit
 * together; a refusal ({@link AccountRefused}) changes nothing.
 * <p>
 * Disabling, resetting, a role change and a new password each raise the account's
 * credentials version: web sessions signed in under an older version end at their next
 * request. API tokens are refused at once while the account is not active
 * ({@link ApiTokens#authenticate}); a reset or a disable also revokes every token of the
 * person and ends every act-for grant they hold, for good, so that neither comes back
 * when the account is active again.
 */
@Service
public class StaffAccounts {

	private static final RowMapper<StaffMember> MEMBER = (rs, i) -> new StaffMember(rs.getObject("id", UUID.class),
			rs.getString("email"), rs.getString("display_name"), Role.valueOf(rs.getString("role")),
			AccountStatus.fromWire(rs.getString("status")), rs.getBoolean("administers"),
			rs.getBoolean("duty_clinician"));

	private final JdbcTemplate jdbc;

	private final PasswordEncoder passwords;

	private final Invitations invitations;

	private final AccountHistory history;

	private final WebSessions sessions;

	private final CredentialsWithdrawal withdrawal;

	StaffAccounts(JdbcTemplate jdbc, PasswordEncoder passwords, Invitations invitations, AccountHistory history,
			WebSessions sessions, CredentialsWithdrawal withdrawal) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.invitations = invitations;
		this.history = history;
		this.sessions = sessions;
		this.withdrawal = withdrawal;
	}

	/** The clinic's people by name, with role and status. */
	public List<StaffMember> inClinic(UUID clinicId) {
		return this.jdbc.query("select * from app_user where clinic_id = ? order by lower(display_name), email", MEMBER,
				clinicId);
	}

	/**
	 * The account in the clinic.
	 * @throws AccountRefused not found, alike for another clinic's account and none
	 */
	public StaffMember member(UUID clinicId, UUID id) {
		return this.jdbc.query("select * from app_user where clinic_id = ? and id = ?", MEMBER, clinicId, id)
			.stream()
			.findFirst()
			.orElseThrow(() -> AccountRefused.notFound("id", "No such person in this clinic."));
	}

	/** The account with this email, in any clinic: for the host's command line. */
	public Optional<StaffMember> byEmail(String email) {
		return this.jdbc.query("select * from app_user where email = ?", MEMBER, UserAccounts.normalise(email))
			.stream()
			.findFirst();
	}

	/**
	 * How pages name the person who did something, recorded by their email: the account's
	 * display name in the clinic, or what was recorded when no account of the clinic has
	 * it (the system, a person since removed). Templates call it as
	 * {@code @staffAccounts.nameOf(user.clinicId(), email)}.
	 */
	public String nameOf(UUID clinicId, String email) {
		if (email == null || clinicId == null) {
			return email;
		}
		return this.jdbc
			.queryForList("select display_name from app_user where clinic_id = ? and email = ?", String.class, clinicId,
					email)
			.stream()
			.findFirst()
			.orElse(email);
	}

	/** Display names by email, for pages that record who did something by email. */
	public Map<String, String> namesByEmail(UUID clinicId) {
		return inClinic(clinicId).stream()
			.collect(Collectors.toMap(StaffMember::email, StaffMember::displayName, (a, b) -> a));
	}

	/**
	 * Creates an invited account and its one-time link, valid 72 hours.
	 * @param role therapist, supervisor or admin
	 * @param administers whether a therapist or supervisor also manages the clinic
	 * (ignored for an admin)
	 * @throws AccountRefused naming email, displayName or role; conflict naming email or
	 * displayName when another account of the clinic has it
	 */
	@Transactional
	public IssuedInvitation invite(AccountActor by, String email, String displayName, String role,
			boolean administers) {
		String address = AccountRules.email("email", email);
		String name = AccountRules.name("displayName", displayName);
		Role chosen = AccountRules.role("role", role);
		if (byEmail(address).isPresent()) {
			throw AccountRefused.conflict("email", "An account already has this email.");
		}
		guardNameFree(by.clinicId(), name, null);
		UUID id = TimeOrderedIds.next();
		this.jdbc.update("""
				insert into app_user (id, clinic_id, email, display_name, role, password_hash, created_at, status,
				administers, updated_at) values (?, ?, ?, ?, ?, null, ?, 'invited', ?, ?)""", id, by.clinicId(),
				address, name, chosen.name(), now(), AccountRules.administers(chosen, administers), now());
		this.history.record(by, AuditAction.ACCOUNT_INVITED, id, "as " + chosen.wireName());
		return this.invitations.issue(by.clinicId(), id, address, by.name());
	}

	/** What an invitation link leads to, if it still works. */
	public Optional<OpenInvitation> invitation(String token) {
		return this.invitations.open(token)
			.flatMap((link) -> this.jdbc
				.query("""
						select u.email, u.display_name, u.role, c.name from app_user u join clinic c on c.id = u.clinic_id
						where u.id = ? and u.status = 'invited'""",
						(rs, i) -> new OpenInvitation(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)),
								rs.getString(4), link.expiresAt()),
						link.userId())
				.stream()
				.findFirst());
	}

	/**
	 * The invitee chooses their name and password: the account becomes active and the
	 * link stops working.
	 * @throws AccountRefused not found when the link does not work (used, replaced,
	 * expired or made up, alike); invalid naming displayName or password; conflict naming
	 * displayName when another person of the clinic has the name
	 */
	@Transactional
	public StaffMember accept(String token, String displayName, String password) {
		UUID id = this.invitations.open(token)
			.map(Invitations.Link::userId)
			.filter((account) -> status(account) == AccountStatus.INVITED)
			.orElseThrow(() -> AccountRefused.notFound("token",
					"This invitation link does not work: it was used, replaced or has expired. Ask your clinic's"
							+ " admin for a new one."));
		String name = AccountRules.name("displayName", displayName);
		UUID clinicId = clinicOf(id);
		guardNameFree(clinicId, name, id);
		String chosen = AccountRules.password("password", password,
				new PasswordPolicy.ContextWords(member(clinicId, id).email(), name, clinicName(clinicId)));
		this.jdbc.update("""
				update app_user set display_name = ?, password_hash = ?, status = 'active',
				credentials_version = credentials_version + 1, updated_at = ? where id = ?""", name,
				this.passwords.encode(chosen), now(), id);
		this.invitations.close(id);
		StaffMember member = member(clinicId, id);
		this.history.record(new AccountActor(clinicId, member.email(), id), AuditAction.ACCOUNT_ACTIVATED, id, null);
		return member;
	}

	/**
	 * The account's password stops working and a new invitation is issued; the owner
	 * chooses a new password by it (ASVS 5.0 6.4.6: the admin never sets or learns it).
	 * Its API tokens are revoked and its act-for grants end, for good.
	 * @throws AccountRefused not found, or conflict for a disabled account (enable it
	 * first)
	 */
	@Transactional
	public IssuedInvitation reset(AccountActor by, UUID id) {
		StaffMember member = member(by.clinicId(), id);
		if (member.status() == AccountStatus.DISABLED) {
			throw AccountRefused.conflict("id", "Enable the account before resetting it.");
		}
		this.jdbc.update("""
				update app_user set password_hash = null, status = 'invited',
				credentials_version = credentials_version + 1, updated_at = ? where id = ?""", now(), id);
		// A reset is how a person who lost their phone and their recovery codes gets back
		// in: the second factor and the recognised devices go with the password, and the
		// person enrols again at their next sign-in, as after an invitation. The admin
		// who
		// resets vouches for who gets the new link; email is never a second factor.
		boolean hadSecondFactor = this.jdbc.update("delete from second_factor where user_id = ?", id) > 0;
		this.jdbc.update("delete from recovery_code where user_id = ?", id);
		this.jdbc.update("delete from recognised_device where user_id = ?", id);
		String withdrawn = this.withdrawal.withdraw(by, id, "account reset");
		this.history.record(by, AuditAction.ACCOUNT_RESET, id, CredentialsWithdrawal
			.joined(hadSecondFactor ? "second factor removed: enrols again" : null, withdrawn));
		return this.invitations.issue(by.clinicId(), id, member.email(), by.name());
	}

	/**
	 * The account stops: sign-in and its web sessions are refused from the next request
	 * on; its API tokens are revoked and its act-for grants end, for good; its open
	 * invitation stops working.
	 * @throws AccountRefused not found; conflict for one's own account or the clinic's
	 * last active admin
	 */
	@Transactional
	public StaffMember disable(AccountActor by, UUID id) {
		StaffMember member = member(by.clinicId(), id);
		if (by.is(id)) {
			throw AccountRefused.conflict("id", "You cannot disable your own account.");
		}
		if (member.status() == AccountStatus.DISABLED) {
			return member;
		}
		guardLastAdmin(member, "disable");
		this.jdbc.update("""
				update app_user set status = 'disabled', credentials_version = credentials_version + 1, updated_at = ?
				where id = ?""", now(), id);
		this.invitations.close(id);
		this.history.record(by, AuditAction.ACCOUNT_DISABLED, id, this.withdrawal.withdraw(by, id, "account disabled"));
		return member(by.clinicId(), id);
	}

	/**
	 * A disabled account works again: active if it has a password, otherwise invited
	 * (reset it for a new link).
	 * @throws AccountRefused not found
	 */
	@Transactional
	public StaffMember enable(AccountActor by, UUID id) {
		StaffMember member = member(by.clinicId(), id);
		if (member.status() != AccountStatus.DISABLED) {
			return member;
		}
		this.jdbc.update("""
				update app_user set status = case when password_hash is null then 'invited' else 'active' end,
				updated_at = ? where id = ?""", now(), id);
		this.history.record(by, AuditAction.ACCOUNT_ENABLED, id, null);
		return member(by.clinicId(), id);
	}

	/**
	 * A new role, and whether a therapist or supervisor also manages the clinic. The
	 * credentials version rises, so a session signed in under the old role ends.
	 * @throws AccountRefused naming role; not found; conflict for the last active admin
	 */
	@Transactional
	public StaffMember changeRole(AccountActor by, UUID id, String role, boolean administers) {
		Role chosen = AccountRules.role("role", role);
		StaffMember member = member(by.clinicId(), id);
		boolean flag = AccountRules.administers(chosen, administers);
		if (member.role() == chosen && member.administers() == flag) {
			return member;
		}
		if (chosen != Role.ADMIN) {
			guardLastAdmin(member, "change the role of");
		}
		// An admin account reads no clinical record, so it covers no risk signal either.
		boolean duty = member.dutyClinician() && chosen != Role.ADMIN;
		this.jdbc.update("""
				update app_user set role = ?, administers = ?, duty_clinician = ?,
				credentials_version = credentials_version + 1, updated_at = ? where id = ?""", chosen.name(), flag,
				duty, now(), id);
		this.history.record(by, AuditAction.ROLE_CHANGED, id, words(member.role(), member.administers()) + " to "
				+ words(chosen, flag) + ((member.dutyClinician() && !duty) ? "; no longer a duty clinician" : ""));
		return member(by.clinicId(), id);
	}

	/**
	 * Names the person a duty clinician of the clinic, or no longer one: a duty clinician
	 * works any risk signal of the clinic (acknowledges it, records the steps taken,
	 * resolves it) and reads only what that needs, while the account is active. Takes
	 * effect at the person's next request; their sessions go on. Audited.
	 * @throws AccountRefused not found; invalid naming {@code dutyClinician} for an admin
	 * account, which reads no clinical record
	 */
	@Transactional
	public StaffMember setDutyClinician(AccountActor by, UUID id, boolean duty) {
		StaffMember member = member(by.clinicId(), id);
		if (duty && member.role() == Role.ADMIN) {
			throw AccountRefused.invalid("dutyClinician", "Only a therapist or supervisor can be a duty clinician:"
					+ " an admin account reads no clinical record. Give the person a clinical role first.");
		}
		if (member.dutyClinician() == duty) {
			return member;
		}
		this.jdbc.update("update app_user set duty_clinician = ?, updated_at = ? where id = ?", duty, now(), id);
		this.history.record(by, AuditAction.DUTY_CHANGED, id,
				duty ? "now a duty clinician" : "no longer a duty clinician");
		return member(by.clinicId(), id);
	}

	/**
	 * The clinic's duty clinicians who can work now (active accounts), by name: whom to
	 * tell of a risk signal besides the client's therapist.
	 */
	public List<StaffMember> dutyClinicians(UUID clinicId) {
		return this.jdbc.query("""
				select * from app_user where clinic_id = ? and duty_clinician = true and status = 'active'
				and role in ('THERAPIST', 'SUPERVISOR') order by lower(display_name), email""", MEMBER, clinicId);
	}

	/**
	 * The signed-in person's new password, given the current one (ASVS 5.0 6.2.3). The
	 * credentials version grows, so every other web session of the person ends at its
	 * next request; the web session of the request that changed it (if any) stays.
	 * @return the account's new credentials version
	 * @throws AccountRefused naming currentPassword when it is wrong, password when the
	 * policy refuses the new one
	 */
	@Transactional
	public int changePassword(CurrentUser user, String currentPassword, String newPassword) {
		String hash = this.jdbc
			.queryForList("select password_hash from app_user where id = ? and status = 'active'", String.class,
					user.userId())
			.stream()
			.findFirst()
			.orElse(null);
		if (hash == null || currentPassword == null || !this.passwords.matches(currentPassword, hash)) {
			throw AccountRefused.invalid("currentPassword", "This is not your current password.");
		}
		StaffMember me = member(user.clinicId(), user.userId());
		String chosen = AccountRules.password("password", newPassword,
				new PasswordPolicy.ContextWords(me.email(), me.displayName(), clinicName(user.clinicId())));
		this.jdbc.update("""
				update app_user set password_hash = ?, credentials_version = credentials_version + 1, updated_at = ?
				where id = ?""", this.passwords.encode(chosen), now(), user.userId());
		this.history.record(AccountActor.of(user), AuditAction.PASSWORD_CHANGED, user.userId(), null);
		int version = credentialsVersion(user.userId());
		currentWebSession().ifPresent((id) -> this.sessions.keepUnder(id, version));
		return version;
	}

	private static Optional<String> currentWebSession() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return WebSessions.idOf(attributes.getRequest());
		}
		return Optional.empty();
	}

	/** The account's credentials version: it grows whenever its sessions must end. */
	public int credentialsVersion(UUID id) {
		Integer version = this.jdbc.queryForObject("select credentials_version from app_user where id = ?",
				Integer.class, id);
		return (version != null) ? version : 0;
	}

	/**
	 * Refuses a name another person of the clinic holds, whatever its case: pages name
	 * people by it alone ("acknowledged by Dr Ana Ruiz"), so two people of one name, or
	 * an invitee who takes a colleague's, could be mistaken for each other.
	 * @param except the account choosing the name, or null for a new one
	 */
	private void guardNameFree(UUID clinicId, String name, UUID except) {
		boolean held = this.jdbc
			.queryForList("select id from app_user where clinic_id = ? and lower(display_name) = lower(?)", UUID.class,
					clinicId, name)
			.stream()
			.anyMatch((holder) -> !holder.equals(except));
		if (held) {
			throw AccountRefused.conflict("displayName", "Another person of the clinic already has this name;"
					+ " add an initial or a middle name to tell them apart.");
		}
	}

	private void guardLastAdmin(StaffMember member, String act) {
		if (member.role() != Role.ADMIN || member.status() != AccountStatus.ACTIVE) {
			return;
		}
		Integer admins = this.jdbc.queryForObject("""
				select count(*) from app_user where clinic_id = (select clinic_id from app_user where id = ?)
				and role = 'ADMIN' and status = 'active'""", Integer.class, member.id());
		if (admins != null && admins <= 1) {
			throw AccountRefused.conflict("id",
					"You cannot " + act + " the clinic's last active admin; make someone else an admin first.");
		}
	}

	private AccountStatus status(UUID id) {
		return AccountStatus
			.fromWire(this.jdbc.queryForObject("select status from app_user where id = ?", String.class, id));
	}

	private String clinicName(UUID clinicId) {
		return this.jdbc.queryForObject("select name from clinic where id = ?", String.class, clinicId);
	}

	/** The clinic of the account. */
	public UUID clinicOf(UUID id) {
		return this.jdbc.queryForObject("select clinic_id from app_user where id = ?", UUID.class, id);
	}

	private Timestamp now() {
		return Timestamp.from(this.history.now());
	}

	private static String words(Role role, boolean administers) {
		return role.wireName() + (administers ? " (administers)" : "");
	}

}
