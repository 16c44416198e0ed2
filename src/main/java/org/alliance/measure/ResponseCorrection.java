package org.alliance.measure;

import java.util.UUID;

import org.alliance.security.AuditAction;
import org.alliance.security.AuditEntry;
import org.alliance.security.AuditTrail;
import org.alliance.storage.DurableWrite;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stores a correction in one transaction: the corrected version is marked superseded by
 * the new one (never deleted), then the new one is stored as the session's current
 * response, each with its audit line. A version that another correction superseded
 * meanwhile is refused ({@link AlreadyCorrected}), so that two corrections of one answer
 * cannot both stand.
 */
record ResponseCorrection(NewResponse response, UUID supersedes, AuditEntry audit) implements DurableWrite<Recorded> {

	/**
	 * The correction of the version by the new response; its audit lines are made here,
	 * on the request's thread, where the caller's address and any grant are known.
	 */
	static ResponseCorrection of(NewResponse response, UUID supersedes) {
		AuditEntry created = response.audit();
		return new ResponseCorrection(response, supersedes, Audited.withDetail(
				AuditTrail.entry(created.clinicId(), created.actor(), AuditAction.UPDATE, "response", supersedes),
				"superseded by " + response.id()));
	}

	@Override
	public Recorded writeWith(JdbcTemplate jdbc) {
		int superseded = jdbc.update("""
				update response set current_for_session = null, superseded_by = ?
				where id = ? and clinic_id = ? and current_for_session is not null""", this.response.id(),
				this.supersedes, this.response.session().clinicId());
		if (superseded == 0) {
			throw new AlreadyCorrected(this.supersedes);
		}
		Recorded recorded = this.response.writeWith(jdbc);
		AuditTrail.append(jdbc, this.audit);
		return recorded;
	}

	/** The version to correct is no longer the current one. */
	static class AlreadyCorrected extends RuntimeException {

		AlreadyCorrected(UUID response) {
			super("Response " + response + " was superseded by another correction");
		}

	}

}
