package org.alliance.signal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.alliance.storage.TimeOrderedIds;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The signal tables; every query names the clinic.
 */
@Repository
class SignalRecords {

	private final JdbcTemplate jdbc;

	SignalRecords(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts the signal, with the given status (open, or history), unless one with the
	 * same source key exists; its id when inserted.
	 */
	Optional<UUID> insertIfNew(NewSignal signal, SignalStatus status, Instant at) {
		Integer existing = this.jdbc.queryForObject(
				"select count(*) from signal where clinic_id = ? and source_key = ?", Integer.class, signal.clinicId(),
				signal.sourceKey());
		if (existing != null && existing > 0) {
			return Optional.empty();
		}
		UUID id = TimeOrderedIds.next();
		this.jdbc.update("""
				insert into signal (id, clinic_id, client_id, therapist_id, session_id, occurred_on, kind, source_key,
				summary, evidence, status, raised_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", id,
				signal.clinicId(), signal.clientId(), signal.therapistId(), signal.sessionId(), signal.occurredOn(),
				signal.kind(), signal.sourceKey(), signal.summary(), signal.evidence(), status.name(),
				Timestamp.from(at));
		return Optional.of(id);
	}

	Optional<Signal> find(UUID clinicId, UUID id) {
		return query("where clinic_id = ? and id = ?", clinicId, id).stream().findFirst();
	}

	List<Signal> ofTherapist(UUID clinicId, UUID therapistId) {
		return query("where clinic_id = ? and therapist_id = ? order by raised_at desc", clinicId, therapistId);
	}

	List<Signal> ofClinic(UUID clinicId) {
		return query("where clinic_id = ? order by raised_at desc", clinicId);
	}

	List<Signal> ofClient(UUID clinicId, UUID clientId) {
		return query("where clinic_id = ? and client_id = ? order by raised_at", clinicId, clientId);
	}

	List<Signal> unacknowledgedSince(UUID clinicId, Instant before) {
		return query("where clinic_id = ? and status = 'OPEN' and raised_at < ? order by raised_at", clinicId,
				Timestamp.from(before));
	}

	/** The clinic's risk signals still in the loop (open, acknowledged, a step taken). */
	List<Signal> riskInLoop(UUID clinicId) {
		return query("where clinic_id = ? and kind = 'risk' and status in ('OPEN', 'ACKNOWLEDGED', 'ACTION_RECORDED')"
				+ " order by raised_at desc", clinicId);
	}

	/**
	 * The clinic's risk signals still unacknowledged since the given time or earlier and
	 * not yet announced as overdue, oldest first.
	 */
	List<Signal> riskUnannouncedSince(UUID clinicId, Instant since) {
		return query("where clinic_id = ? and kind = 'risk' and status = 'OPEN' and overdue_announced_at is null"
				+ " and raised_at <= ? order by raised_at", clinicId, Timestamp.from(since));
	}

	/**
	 * Marks the signal announced as overdue, unless it was announced before (by this or
	 * another server) or acknowledged meanwhile; true when this call marked it.
	 */
	boolean claimOverdueAnnouncement(UUID clinicId, UUID signalId, Instant at) {
		return this.jdbc.update("""
				update signal set overdue_announced_at = ? where clinic_id = ? and id = ?
				and overdue_announced_at is null and status = 'OPEN'""", Timestamp.from(at), clinicId, signalId) == 1;
	}

	/**
	 * Gives the client's signals to the client's new therapist: those still to work and
	 * those already worked alike, since the signal's therapist is whom the inbox and the
	 * access rules follow (who worked each is on the signal and its steps).
	 * @return the signals moved
	 */
	List<UUID> moveToTherapist(UUID clinicId, UUID clientId, UUID therapistId) {
		List<UUID> moved = this.jdbc.queryForList(
				"select id from signal where clinic_id = ? and client_id = ? and therapist_id <> ?", UUID.class,
				clinicId, clientId, therapistId);
		this.jdbc.update("update signal set therapist_id = ? where clinic_id = ? and client_id = ?", therapistId,
				clinicId, clientId);
		return moved;
	}

	void update(Signal signal) {
		this.jdbc.update("""
				update signal set status = ?, acknowledged_at = ?, acknowledged_by = ?, resolved_at = ?,
				resolved_by = ?, resolution = ?, resolution_reason = ? where clinic_id = ? and id = ?""",
				signal.status().name(), timestamp(signal.acknowledgedAt()), signal.acknowledgedBy(),
				timestamp(signal.resolvedAt()), signal.resolvedBy(), signal.resolution(),
				(signal.resolutionReason() != null) ? signal.resolutionReason().name() : null, signal.clinicId(),
				signal.id());
	}

	void insert(UUID clinicId, UUID signalId, SignalAction action) {
		this.jdbc.update("""
				insert into signal_action (id, clinic_id, signal_id, step, note, recorded_by, recorded_at, contacted_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""", action.id(), clinicId, signalId, action.step(), action.note(),
				action.recordedBy(), Timestamp.from(action.recordedAt()), timestamp(action.contactedAt()));
	}

	private List<Signal> query(String condition, Object... arguments) {
		List<Signal> signals = new ArrayList<>();
		for (Signal signal : this.jdbc.query("select * from signal " + condition, SIGNAL, arguments)) {
			signals.add(withActions(signal));
		}
		return signals;
	}

	private Signal withActions(Signal signal) {
		List<SignalAction> actions = this.jdbc.query(
				"select * from signal_action where clinic_id = ? and signal_id = ? order by recorded_at, id",
				(rs, i) -> new SignalAction(rs.getObject("id", UUID.class), rs.getString("step"), rs.getString("note"),
						rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant(),
						instant(rs.getTimestamp("contacted_at"))),
				signal.clinicId(), signal.id());
		return new Signal(signal.id(), signal.clinicId(), signal.clientId(), signal.therapistId(), signal.sessionId(),
				signal.occurredOn(), signal.kind(), signal.summary(), signal.evidence(), signal.status(),
				signal.raisedAt(), signal.acknowledgedAt(), signal.acknowledgedBy(), signal.resolvedAt(),
				signal.resolvedBy(), signal.resolution(), signal.resolutionReason(), actions);
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static final RowMapper<Signal> SIGNAL = (rs, i) -> new Signal(rs.getObject("id", UUID.class),
			rs.getObject("clinic_id", UUID.class), rs.getObject("client_id", UUID.class),
			rs.getObject("therapist_id", UUID.class), rs.getObject("session_id", UUID.class),
			rs.getObject("occurred_on", LocalDate.class), rs.getString("kind"), rs.getString("summary"),
			rs.getString("evidence"), SignalStatus.valueOf(rs.getString("status")),
			rs.getTimestamp("raised_at").toInstant(), instant(rs.getTimestamp("acknowledged_at")),
			rs.getString("acknowledged_by"), instant(rs.getTimestamp("resolved_at")), rs.getString("resolved_by"),
			rs.getString("resolution"), reason(rs.getString("resolution_reason")), List.of());

	private static ResolutionReason reason(String name) {
		return (name != null) ? ResolutionReason.valueOf(name) : null;
	}

}
