package org.alliance.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.alliance.storage.TimeOrderedIds;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clinics and the accounts of the people who work in them.
 */
@Service
public class UserAccounts {

	private static final RowMapper<UserAccount> ACCOUNT = (rs, i) -> new UserAccount(rs.getObject("id", UUID.class),
			rs.getObject("clinic_id", UUID.class), rs.getString("email"), rs.getString("display_name"),
			Role.valueOf(rs.getString("role")), rs.getBoolean("administers"));

	private final JdbcTemplate jdbc;

	private final PasswordEncoder passwords;

	UserAccounts(JdbcTemplate jdbc, PasswordEncoder passwords) {
		this.jdbc = jdbc;
		this.passwords = passwords;
	}

	@Transactional
	public UUID createClinic(String name) {
		UUID id = TimeOrderedIds.next();
		this.jdbc.update("insert into clinic (id, name, created_at) values (?, ?, ?)", id, name,
				Timestamp.from(Instant.now()));
		return id;
	}

	/**
	 * Marks the clinic as the simulated demo: its pages say so, and {@code demo} seeds
	 * nothing into a database that holds any other clinic.
	 */
	@Transactional
	public void markDemo(UUID clinicId) {
		this.jdbc.update("update clinic set demo = true where id = ?", clinicId);
	}

	public boolean anyClinic() {
		Integer count = this.jdbc.queryForObject("select count(*) from clinic", Integer.class);
		return count != null && count > 0;
	}

	/** Every clinic on this server, for work the system does clinic by clinic. */
	public List<UUID> clinicIds() {
		return this.jdbc.queryForList("select id from clinic order by created_at", UUID.class);
	}

	public String clinicName(UUID clinicId) {
		return this.jdbc.queryForObject("select name from clinic where id = ?", String.class, clinicId);
	}

	/** Creates an account; the password is stored only as a salted bcrypt hash. */
	@Transactional
	public UserAccount createUser(UUID clinicId, String email, String displayName, Role role, String rawPassword) {
		if (role == Role.CLIENT) {
			throw new IllegalArgumentException("Clients answer through links and have no account");
		}
		UUID id = TimeOrderedIds.next();
		String normalised = normalise(email);
		this.jdbc.update("""
				insert into app_user (id, clinic_id, email, display_name, role, password_hash, created_at)
				values (?, ?, ?, ?, ?, ?, ?)""", id, clinicId, normalised, displayName, role.name(),
				this.passwords.encode(rawPassword), Timestamp.from(Instant.now()));
		return new UserAccount(id, clinicId, normalised, displayName, role);
	}

	public Optional<UserAccount> findByEmail(String email) {
		return this.jdbc.query("select * from app_user where email = ?", ACCOUNT, normalise(email))
			.stream()
			.findFirst();
	}

	public Optional<UserAccount> findInClinic(UUID clinicId, UUID userId) {
		return this.jdbc.query("select * from app_user where clinic_id = ? and id = ?", ACCOUNT, clinicId, userId)
			.stream()
			.findFirst();
	}

	public List<UserAccount> inClinic(UUID clinicId) {
		return this.jdbc.query("select * from app_user where clinic_id = ? order by role, email", ACCOUNT, clinicId);
	}

	/**
	 * The clinic's people who can sign in and work now (status active), by role then
	 * email: whom a picker of therapists offers. An invited account has no password yet
	 * and a disabled one is refused at every door, so neither could work a client's
	 * signals.
	 */
	public List<UserAccount> activeInClinic(UUID clinicId) {
		return this.jdbc.query("select * from app_user where clinic_id = ? and status = 'active' order by role, email",
				ACCOUNT, clinicId);
	}

	/**
	 * Where the clinic's account is in its life; empty when the clinic has no such
	 * account.
	 */
	public Optional<AccountStatus> status(UUID clinicId, UUID userId) {
		return this.jdbc
			.queryForList("select status from app_user where clinic_id = ? and id = ?", String.class, clinicId, userId)
			.stream()
			.findFirst()
			.map(AccountStatus::fromWire);
	}

	/** The password hash of an active account; none for an invited or disabled one. */
	Optional<String> passwordHash(String email) {
		return this.jdbc
			.queryForList("select password_hash from app_user where email = ? and status = 'active'"
					+ " and password_hash is not null", String.class, normalise(email))
			.stream()
			.findFirst();
	}

	static String normalise(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

}
