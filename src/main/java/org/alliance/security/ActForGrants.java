package org.alliance.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.alliance.storage.TimeOrderedIds;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The grants under which supervisors act for therapists: started with a reason, ended by
 * the supervisor or lapsed after {@link ActForSettings#duration()}. Starting and ending
 * are audited; so is every write under a grant (see {@link ClinicalAccess#act}). Whether
 * a person may start one is {@link ClinicalAccess#mayActFor}'s to say, and the reason's
 * length the caller's to check: this class stores what it is given.
 */
@Service
public class ActForGrants {

	/** The reason column's size. */
	public static final int REASON_LENGTH = 500;

	private static final RowMapper<ActForGrant> GRANT = (rs, i) -> new ActForGrant(rs.getObject("id", UUID.class),
			rs.getObject("clinic_id", UUID.class), rs.getObject("supervisor_id", UUID.class),
			rs.getObject("client_id", UUID.class), rs.getObject("therapist_id", UUID.class), rs.getString("reason"),
			rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
			(rs.getTimestamp("ended_at") != null) ? rs.getTimestamp("ended_at").toInstant() : null);

	private final JdbcTemplate jdbc;

	private final ActForSettings settings;

	private final Clock clock;

	ActForGrants(JdbcTemplate jdbc, ActForSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Starts a grant for the supervisor on the client, for the configured duration; an
	 * active grant of the same supervisor on the same client ends first, so there is one
	 * at a time.
	 * @param reason 1 to {@value #REASON_LENGTH} characters, already checked
	 */
	@Transactional
	public ActForGrant start(CurrentUser supervisor, TreatedClient client, String reason) {
		if (!supervisor.clinicId().equals(client.clinicId()) || reason == null || reason.isBlank()
				|| reason.length() > REASON_LENGTH) {
			throw new IllegalArgumentException("A grant needs a checked reason and a client of the clinic");
		}
		Instant now = this.clock.instant();
		active(supervisor, client.clientId()).ifPresent((earlier) -> end(supervisor, earlier.id()));
		ActForGrant grant = new ActForGrant(TimeOrderedIds.next(), client.clinicId(), supervisor.userId(),
				client.clientId(), client.therapistId(), reason.strip(), now, now.plus(this.settings.duration()), null);
		this.jdbc.update("""
				insert into act_for_grant (id, clinic_id, supervisor_id, client_id, therapist_id, reason, started_at,
				expires_at) values (?, ?, ?, ?, ?, ?, ?, ?)""", grant.id(), grant.clinicId(), grant.supervisorId(),
				grant.clientId(), grant.therapistId(), grant.reason(), Timestamp.from(now),
				Timestamp.from(grant.expiresAt()));
		AuditTrail.append(this.jdbc, AuditTrail.entryAt(grant.clinicId(), supervisor.email(),
				AuditAction.ACT_FOR_STARTED, "client", grant.clientId(), now, grant.auditDetail()));
		return grant;
	}

	/**
	 * Ends the supervisor's grant now; false when there is no such active grant of
	 * theirs.
	 */
	@Transactional
	public boolean end(CurrentUser supervisor, UUID grantId) {
		Instant now = this.clock.instant();
		Optional<ActForGrant> grant = this.jdbc
			.query("select * from act_for_grant where clinic_id = ? and supervisor_id = ? and id = ?", GRANT,
					supervisor.clinicId(), supervisor.userId(), grantId)
			.stream()
			.filter((found) -> found.activeAt(now))
			.findFirst();
		grant.ifPresent((ended) -> {
			this.jdbc.update("update act_for_grant set ended_at = ? where id = ?", Timestamp.from(now), ended.id());
			AuditTrail.append(this.jdbc, AuditTrail.entryAt(ended.clinicId(), supervisor.email(),
					AuditAction.ACT_FOR_ENDED, "client", ended.clientId(), now, ended.auditDetail()));
		});
		return grant.isPresent();
	}

	/**
	 * Ends every active grant the person holds, inside the caller's transaction, each
	 * audited as ended by the one who reset or disabled the account: leave to act for a
	 * therapist is given to a person, and ends when their credentials do.
	 * @param why what ended them, added to each entry's detail, e.g. "account reset"
	 * @return how many grants ended now
	 */
	int endAllHeldBy(UUID personId, AccountActor by, String why) {
		Instant now = this.clock.instant();
		List<ActForGrant> held = this.jdbc.query("""
				select * from act_for_grant where supervisor_id = ? and ended_at is null and expires_at > ?""", GRANT,
				personId, Timestamp.from(now));
		for (ActForGrant grant : held) {
			this.jdbc.update("update act_for_grant set ended_at = ? where id = ?", Timestamp.from(now), grant.id());
			AuditTrail.append(this.jdbc, AuditTrail.entryAt(grant.clinicId(), by.name(), AuditAction.ACT_FOR_ENDED,
					"client", grant.clientId(), now, grant.auditDetail() + "; " + why));
		}
		return held.size();
	}

	/** The supervisor's active grant on the client, if there is one. */
	public Optional<ActForGrant> active(CurrentUser supervisor, UUID clientId) {
		Instant now = this.clock.instant();
		return this.jdbc
			.query("""
					select * from act_for_grant where clinic_id = ? and supervisor_id = ? and client_id = ?
					and ended_at is null and expires_at > ? order by started_at desc""", GRANT, supervisor.clinicId(),
					supervisor.userId(), clientId, Timestamp.from(now))
			.stream()
			.findFirst();
	}

	/**
	 * Every active grant of the supervisor, newest first: what the pages' banner shows.
	 */
	public List<ActForGrant> activeOf(CurrentUser supervisor) {
		return this.jdbc.query("""
				select * from act_for_grant where clinic_id = ? and supervisor_id = ? and ended_at is null
				and expires_at > ? order by started_at desc""", GRANT, supervisor.clinicId(), supervisor.userId(),
				Timestamp.from(this.clock.instant()));
	}

}
