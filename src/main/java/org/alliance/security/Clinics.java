package org.alliance.security;

import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.alliance.storage.TimeOrderedIds;

import org.alliance.language.ClientLanguages;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinics of one installation: created with their first admin by
 * {@code ./alliance setup} or {@code clinic create}, each with its time zone, languages
 * and the crisis text its clients read after a risk answer.
 */
@Service
public class Clinics {

	/**
	 * A risk signal unacknowledged this long is overdue, unless the clinic chose
	 * otherwise.
	 */
	public static final int DEFAULT_RISK_ACKNOWLEDGE_MINUTES = 240;

	/** The longest a clinic may let a risk signal wait: a long weekend, no more. */
	public static final int MAX_RISK_ACKNOWLEDGE_HOURS = 72;

	/** Digits with the spaces, dashes, dots, brackets and leading plus people write. */
	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ().-]{2,38}");

	private final JdbcTemplate jdbc;

	private final PasswordEncoder passwords;

	private final AccountHistory history;

	private final ClientLanguages clientLanguages;

	Clinics(JdbcTemplate jdbc, PasswordEncoder passwords, AccountHistory history, ClientLanguages clientLanguages) {
		this.jdbc = jdbc;
		this.clientLanguages = clientLanguages;
		this.passwords = passwords;
		this.history = history;
	}

	/**
	 * Creates the clinic and its first admin, active with the password given, in one
	 * transaction.
	 * @return the new clinic's id
	 * @throws AccountRefused naming the option at fault: clinic, time-zone, languages,
	 * crisis-phone, admin-email, admin-name or admin-password
	 */
	@Transactional
	public UUID create(NewClinic clinic) {
		String name = AccountRules.name("clinic", clinic.name());
		ZoneId zone = zone(clinic.timeZone());
		List<String> languages = languages(clinic.languages());
		String phone = phone(clinic.crisisPhone());
		String email = AccountRules.email("admin-email", clinic.adminEmail());
		String adminName = AccountRules.name("admin-name", clinic.adminName());
		String password = AccountRules.password("admin-password", clinic.adminPassword(),
				new PasswordPolicy.ContextWords(email, adminName, name));
		if (this.jdbc.queryForObject("select count(*) from app_user where email = ?", Integer.class, email) > 0) {
			throw AccountRefused.conflict("admin-email", "An account already has this email.");
		}
		UUID id = TimeOrderedIds.next();
		Timestamp now = Timestamp.from(this.history.now());
		this.jdbc.update("""
				insert into clinic (id, name, created_at, time_zone, languages, crisis_phone)
				values (?, ?, ?, ?, ?, ?)""", id, name, now, zone.getId(), String.join(",", languages), phone);
		if (phone != null) {
			languages.forEach((language) -> this.jdbc.update(
					"insert into clinic_crisis_text (clinic_id, language, crisis_text) values (?, ?, ?)", id, language,
					this.clientLanguages.text(language, "crisis.with-phone", phone)));
		}
		UUID admin = TimeOrderedIds.next();
		this.jdbc.update("""
				insert into app_user (id, clinic_id, email, display_name, role, password_hash, created_at, status,
				updated_at) values (?, ?, ?, ?, 'ADMIN', ?, ?, 'active', ?)""", admin, id, email, adminName,
				this.passwords.encode(password), now, now);
		AccountActor setup = AccountActor.commandLine(id);
		this.history.record(setup, AuditAction.CLINIC_CREATED, null, name);
		this.history.record(setup, AuditAction.ACCOUNT_ACTIVATED, admin, "first admin");
		return id;
	}

	/**
	 * Changes what the clinic says about itself: its name, time zone, the languages its
	 * clients answer in and the crisis number a client reads after a risk answer (the
	 * crisis text of each language is written anew with it; without a number, the
	 * configured text naming emergency services only). Audited.
	 * @throws AccountRefused naming the field at fault: clinic, time-zone, languages or
	 * crisis-phone
	 */
	@Transactional
	public void update(CurrentUser admin, ClinicDetails details) {
		String name = AccountRules.name("clinic", details.name());
		ZoneId zone = zone(details.timeZone());
		List<String> languages = languages(details.languages());
		String phone = phone(details.crisisPhone());
		UUID id = admin.clinicId();
		this.jdbc.update("update clinic set name = ?, time_zone = ?, languages = ?, crisis_phone = ? where id = ?",
				name, zone.getId(), String.join(",", languages), phone, id);
		this.jdbc.update("delete from clinic_crisis_text where clinic_id = ?", id);
		if (phone != null) {
			languages.forEach((language) -> this.jdbc.update(
					"insert into clinic_crisis_text (clinic_id, language, crisis_text) values (?, ?, ?)", id, language,
					this.clientLanguages.text(language, "crisis.with-phone", phone)));
		}
		this.history.record(AccountActor.of(admin), AuditAction.UPDATE, null,
				"clinic details: " + name + ", " + zone.getId() + ", " + String.join(",", languages)
						+ ((phone != null) ? ", crisis number " + phone : ", no crisis number"));
	}

	/**
	 * How long a risk signal of the clinic may stay unacknowledged before it shows as
	 * overdue: 4 hours unless the clinic chose otherwise. Never null.
	 */
	public Duration riskAcknowledgedWithin(UUID clinicId) {
		return this.jdbc
			.queryForList("select risk_acknowledge_minutes from clinic where id = ?", Integer.class, clinicId)
			.stream()
			.findFirst()
			.map(Duration::ofMinutes)
			.orElse(Duration.ofMinutes(DEFAULT_RISK_ACKNOWLEDGE_MINUTES));
	}

	/**
	 * Sets how long a risk signal may stay unacknowledged before it shows as overdue,
	 * audited.
	 * @param hours as typed: a whole number from 1 to
	 * {@value #MAX_RISK_ACKNOWLEDGE_HOURS}
	 * @throws AccountRefused naming {@code riskAcknowledgeHours}
	 */
	@Transactional
	public Duration setRiskAcknowledgedWithin(CurrentUser admin, String hours) {
		int chosen;
		try {
			chosen = Integer.parseInt((hours != null) ? hours.strip() : "");
		}
		catch (NumberFormatException ex) {
			chosen = 0;
		}
		if (chosen < 1 || chosen > MAX_RISK_ACKNOWLEDGE_HOURS) {
			throw AccountRefused.invalid("riskAcknowledgeHours",
					"Give a whole number of hours from 1 to " + MAX_RISK_ACKNOWLEDGE_HOURS + ".");
		}
		this.jdbc.update("update clinic set risk_acknowledge_minutes = ? where id = ?", chosen * 60, admin.clinicId());
		this.history.record(AccountActor.of(admin), AuditAction.UPDATE, null,
				"risk signals overdue when unacknowledged for " + chosen + " h");
		return Duration.ofHours(chosen);
	}

	/** What the clinic says about itself, as its settings page shows it. */
	public ClinicDetails details(UUID clinicId) {
		return this.jdbc.queryForObject("select name, time_zone, languages, crisis_phone from clinic where id = ?",
				(rs, i) -> new ClinicDetails(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
				clinicId);
	}

	/** Whether the installation holds any clinic. */
	public boolean any() {
		return count("select count(*) from clinic") > 0;
	}

	/** Whether the installation holds a clinic that the demo did not seed. */
	public boolean anyRealClinic() {
		return count("select count(*) from clinic where demo = false") > 0;
	}

	/** Whether the clinic is the simulated demo. */
	public boolean isDemo(UUID clinicId) {
		return Boolean.TRUE
			.equals(this.jdbc.queryForList("select demo from clinic where id = ?", Boolean.class, clinicId)
				.stream()
				.findFirst()
				.orElse(false));
	}

	/** Where the clinic's dates and times are read. */
	public ZoneId timeZone(UUID clinicId) {
		return this.jdbc.queryForList("select time_zone from clinic where id = ?", String.class, clinicId)
			.stream()
			.findFirst()
			.map(ZoneId::of)
			.orElse(ZoneId.of("UTC"));
	}

	/** The clinic's own crisis text in the language, if it set one. */
	public Optional<String> crisisText(UUID clinicId, String language) {
		return this.jdbc
			.queryForList("select crisis_text from clinic_crisis_text where clinic_id = ? and language = ?",
					String.class, clinicId, language)
			.stream()
			.findFirst();
	}

	/** Every clinic, oldest first. */
	public List<ClinicSummary> list() {
		return this.jdbc.query("""
				select c.id, c.name, c.time_zone, c.languages, c.demo,
				(select count(*) from app_user u where u.clinic_id = c.id) people
				from clinic c order by c.created_at, c.name""",
				(rs, i) -> new ClinicSummary(rs.getObject(1, UUID.class), rs.getString(2), ZoneId.of(rs.getString(3)),
						List.of(rs.getString(4).split(",")), rs.getBoolean(5), rs.getInt(6)));
	}

	private int count(String sql) {
		Integer count = this.jdbc.queryForObject(sql, Integer.class);
		return (count != null) ? count : 0;
	}

	private static ZoneId zone(String timeZone) {
		try {
			// Region ids only (Europe/London): an offset such as +01:00 ignores summer
			// time.
			if (timeZone != null && timeZone.contains("/")) {
				return ZoneId.of(timeZone.strip());
			}
		}
		catch (DateTimeException ex) {
			// answered below
		}
		throw AccountRefused.invalid("time-zone",
				"Give the clinic's time zone as a region, e.g. Europe/London or America/New_York, not '" + timeZone
						+ "'.");
	}

	/**
	 * The languages a clinic's clients may answer in: those with a message bundle
	 * ({@link ClientLanguages}).
	 */
	public List<String> languages() {
		return this.clientLanguages.codes();
	}

	private List<String> languages(String languages) {
		String given = (languages == null || languages.isBlank()) ? "en,es" : languages;
		Set<String> chosen = new LinkedHashSet<>();
		for (String language : given.split(",")) {
			String code = language.strip().toLowerCase(java.util.Locale.ROOT);
			if (!this.clientLanguages.offered(code)) {
				throw AccountRefused.invalid("languages", "Choose among " + String.join(", ", languages())
						+ ", comma-separated; '" + code + "' is not offered yet.");
			}
			chosen.add(code);
		}
		return List.copyOf(chosen);
	}

	private static String phone(String phone) {
		if (phone == null || phone.isBlank()) {
			return null;
		}
		String stripped = phone.strip();
		if (!PHONE.matcher(stripped).matches()) {
			throw AccountRefused.invalid("crisis-phone",
					"Give the number as people dial it, e.g. +44 20 7946 0000 or (555) 010-0000.");
		}
		return stripped;
	}

}
