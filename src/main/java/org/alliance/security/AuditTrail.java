package org.alliance.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.alliance.storage.GroupCommit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only record of every read and write of clinical data, every sign-in and
 * every refused attempt to reach clinical data. There is no update or delete on it
 * anywhere in the code.
 */
@Component
public class AuditTrail {

	private static final String INSERT = """
			insert into audit_event (clinic_id, actor, action, resource_type, resource_id, remote_address, occurred_at,
			detail) values (?, ?, ?, ?, ?, ?, ?, ?)""";

	private final GroupCommit groupCommit;

	private final JdbcTemplate jdbc;

	AuditTrail(GroupCommit groupCommit, JdbcTemplate jdbc) {
		this.groupCommit = groupCommit;
		this.jdbc = jdbc;
	}

	/**
	 * An entry for the current request, stamped now with the caller's address. When the
	 * request acts for a therapist under a grant ({@link ClinicalAccess#act}), the
	 * entry's detail names the therapist and the grant, so that every write made under a
	 * grant says so without each module having to; when it covers a risk signal for the
	 * client's therapist ({@link ClinicalAccess#coverRisk}), the detail says as whom.
	 */
	public static AuditEntry entry(UUID clinicId, String actor, AuditAction action, String resourceType,
			Object resourceId) {
		return entryAt(clinicId, actor, action, resourceType, resourceId, Instant.now(),
				ClinicalAccess.actingForInRequest()
					.map(ActForGrant::auditDetail)
					.or(() -> ClinicalAccess.coveringInRequest().map(ClinicalDecision.CoveringRisk::auditDetail))
					.orElse(null));
	}

	/** An entry for the current request, with the caller's address. */
	static AuditEntry entryAt(UUID clinicId, String actor, AuditAction action, String resourceType, Object resourceId,
			Instant at, String detail) {
		return new AuditEntry(clinicId, actor, action, resourceType,
				(resourceId != null) ? resourceId.toString() : null, remoteAddress(), at, detail);
	}

	/** Records a read durably before the data is handed out. */
	public void recordRead(CurrentUser user, String resourceType, Object resourceId) {
		AuditEntry entry = entry(user.clinicId(), user.email(), AuditAction.READ, resourceType, resourceId);
		this.groupCommit.commit((jdbc) -> {
			append(jdbc, entry);
			return null;
		});
	}

	/**
	 * Records a sign-in or a refusal, committed before the answer goes out. Whatever the
	 * caller typed is cut to the column's length: an attacker's ten-kilobyte "email" is
	 * still recorded, not an error.
	 */
	void record(AuditEntry entry) {
		this.jdbc.update(INSERT, entry.clinicId(), cut(entry.actor(), 320), entry.action().name(),
				cut(entry.resourceType(), 40), cut(entry.resourceId(), 80), cut(entry.remoteAddress(), 64),
				Timestamp.from(entry.occurredAt()), cut(entry.detail(), 200));
	}

	/**
	 * Records an entry inside the caller's own transaction, so the change and its audit
	 * commit together.
	 */
	public static void append(JdbcTemplate jdbc, AuditEntry entry) {
		jdbc.update(INSERT, entry.clinicId(), entry.actor(), entry.action().name(), entry.resourceType(),
				entry.resourceId(), entry.remoteAddress(), Timestamp.from(entry.occurredAt()), entry.detail());
	}

	/** The clinic's latest entries, newest first. */
	public List<AuditEntry> latest(UUID clinicId, int limit) {
		return this.jdbc.query("""
				select clinic_id, actor, action, resource_type, resource_id, remote_address, occurred_at, detail
				from audit_event where clinic_id = ? order by id desc limit ?""",
				(rs, i) -> new AuditEntry(rs.getObject(1, UUID.class), rs.getString(2),
						AuditAction.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6),
						rs.getTimestamp(7).toInstant(), rs.getString(8)),
				clinicId, limit);
	}

	private static String cut(String text, int length) {
		return (text != null && text.length() > length) ? text.substring(0, length) : text;
	}

	static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return "local";
	}

}
