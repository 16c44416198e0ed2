package org.alliance.security;

import java.time.Clock;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a clinic's admin decides about how its people sign in, and whether the clinic is
 * the simulated demo (which requires no second factor, its passwords being published).
 */
@Component
class ClinicSettings {

	private final JdbcTemplate jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	ClinicSettings(JdbcTemplate jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	boolean demo(UUID clinicId) {
		return Boolean.TRUE
			.equals(this.jdbc.queryForObject("select demo from clinic where id = ?", Boolean.class, clinicId));
	}

	boolean secondFactorForTherapists(UUID clinicId) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject("select mfa_for_therapists from clinic where id = ?",
				Boolean.class, clinicId));
	}

	/**
	 * Requires (or stops requiring) a second factor of the clinic's therapists, audited.
	 */
	@Transactional
	void requireSecondFactorForTherapists(CurrentUser admin, boolean required) {
		this.jdbc.update("update clinic set mfa_for_therapists = ? where id = ?", required, admin.clinicId());
		this.audit.record(new AuditEntry(admin.clinicId(), admin.email(), AuditAction.UPDATE, "clinic",
				admin.clinicId().toString(), AuditTrail.remoteAddress(), this.clock.instant(),
				"second factor for therapists " + (required ? "required" : "not required")));
	}

}
