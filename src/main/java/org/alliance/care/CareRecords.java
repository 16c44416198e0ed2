package org.alliance.care;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The care tables. Every query names the clinic, so no query can cross clinics.
 */
@Repository
class CareRecords {

	private static final RowMapper<Client> CLIENT = (rs, i) -> new Client(rs.getObject("id", UUID.class),
			rs.getObject("clinic_id", UUID.class), rs.getObject("therapist_id", UUID.class), rs.getString("pseudonym"),
			rs.getTimestamp("created_at").toInstant());

	private static final RowMapper<Episode> EPISODE = (rs, i) -> new Episode(rs.getObject("id", UUID.class),
			rs.getObject("client_id", UUID.class), rs.getDate("start_date").toLocalDate(),
			(rs.getDate("end_date") != null) ? rs.getDate("end_date").toLocalDate() : null,
			(rs.getString("end_reason") != null) ? EndReason.valueOf(rs.getString("end_reason")) : null);

	private static final RowMapper<CareSession> SESSION = (rs, i) -> new CareSession(rs.getObject("id", UUID.class),
			rs.getObject("clinic_id", UUID.class), rs.getObject("client_id", UUID.class),
			rs.getObject("episode_id", UUID.class), rs.getInt("number"), rs.getDate("session_date").toLocalDate(),
			Attendance.valueOf(rs.getString("attendance")),
			(rs.getTimestamp("starts_at") != null) ? rs.getTimestamp("starts_at").toInstant() : null,
			(Integer) rs.getObject("length_minutes", Integer.class));

	private final JdbcTemplate jdbc;

	CareRecords(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Client client) {
		this.jdbc.update(
				"insert into client (id, clinic_id, therapist_id, pseudonym, created_at) values (?, ?, ?, ?, ?)",
				client.id(), client.clinicId(), client.therapistId(), client.pseudonym(),
				Timestamp.from(client.createdAt()));
	}

	void insert(UUID clinicId, Episode episode) {
		this.jdbc.update(
				"insert into episode (id, clinic_id, client_id, start_date, open_for_client) values (?, ?, ?, ?, ?)",
				episode.id(), clinicId, episode.clientId(), Date.valueOf(episode.start()), episode.clientId());
	}

	void update(UUID clinicId, Episode episode) {
		this.jdbc.update(
				"update episode set end_date = ?, end_reason = ?, open_for_client = null where clinic_id = ? and id = ?",
				Date.valueOf(episode.end()), episode.endReason().name(), clinicId, episode.id());
	}

	void insert(CareSession session) {
		this.jdbc.update("""
				insert into care_session (id, clinic_id, client_id, episode_id, number, session_date, attendance,
				starts_at, length_minutes) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", session.id(), session.clinicId(),
				session.clientId(), session.episodeId(), session.number(), Date.valueOf(session.date()),
				session.attendance().name(), (session.startsAt() != null) ? Timestamp.from(session.startsAt()) : null,
				session.lengthMinutes());
	}

	Optional<Client> client(UUID clinicId, UUID clientId) {
		return this.jdbc.query("select * from client where clinic_id = ? and id = ?", CLIENT, clinicId, clientId)
			.stream()
			.findFirst();
	}

	/**
	 * Whether another client of the same therapist has the pseudonym, letters compared
	 * without case: "Eager Crane" and "eager crane" would name two clients the therapist
	 * cannot tell apart. Only the therapist's own clients are asked about: whether a
	 * colleague's client holds a name is nothing this therapist may learn.
	 */
	boolean pseudonymTaken(UUID clinicId, UUID therapistId, String pseudonym, UUID exceptClientId) {
		Integer count = this.jdbc.queryForObject("""
				select count(*) from client where clinic_id = ? and therapist_id = ? and lower(pseudonym) = lower(?)
				and id <> ?""", Integer.class, clinicId, therapistId, pseudonym, exceptClientId);
		return count != null && count > 0;
	}

	List<Client> clients(UUID clinicId) {
		return this.jdbc.query("select * from client where clinic_id = ? order by pseudonym", CLIENT, clinicId);
	}

	List<Client> clientsOf(UUID clinicId, UUID therapistId) {
		return this.jdbc.query("select * from client where clinic_id = ? and therapist_id = ? order by pseudonym",
				CLIENT, clinicId, therapistId);
	}

	List<Episode> episodes(UUID clinicId, UUID clientId) {
		return this.jdbc.query("select * from episode where clinic_id = ? and client_id = ? order by start_date",
				EPISODE, clinicId, clientId);
	}

	/** The clinic's ended episodes, oldest first. */
	List<Episode> endedEpisodes(UUID clinicId) {
		return this.jdbc.query("select * from episode where clinic_id = ? and end_date is not null order by start_date",
				EPISODE, clinicId);
	}

	/**
	 * The episodes of the clinic's clients (of one therapist's, when given), by start.
	 */
	List<Episode> episodesOfCaseload(UUID clinicId, UUID therapistId) {
		return (therapistId == null)
				? this.jdbc.query("select * from episode where clinic_id = ? order by start_date", EPISODE, clinicId)
				: this.jdbc.query("""
						select e.* from episode e join client c on c.id = e.client_id
						where e.clinic_id = ? and c.therapist_id = ? order by e.start_date""", EPISODE, clinicId,
						therapistId);
	}

	/** The sessions of the clinic's clients (of one therapist's, when given), by date. */
	List<CareSession> sessionsOfCaseload(UUID clinicId, UUID therapistId) {
		return (therapistId == null)
				? this.jdbc.query("select s.* from care_session s where s.clinic_id = ? order by s.session_date",
						SESSION, clinicId)
				: this.jdbc.query("""
						select s.* from care_session s join client c on c.id = s.client_id
						where s.clinic_id = ? and c.therapist_id = ? order by s.session_date""", SESSION, clinicId,
						therapistId);
	}

	List<CareSession> sessions(UUID clinicId, UUID clientId) {
		return this.jdbc.query("""
				select s.* from care_session s join episode e on e.id = s.episode_id
				where s.clinic_id = ? and s.client_id = ? order by e.start_date, s.number""", SESSION, clinicId,
				clientId);
	}

	/** Gives the client to another therapist. */
	void moveClient(UUID clinicId, UUID clientId, UUID therapistId) {
		this.jdbc.update("update client set therapist_id = ? where clinic_id = ? and id = ?", therapistId, clinicId,
				clientId);
	}

	void insert(UUID clinicId, Reassignment reassignment) {
		this.jdbc.update("""
				insert into client_reassignment (id, clinic_id, client_id, from_therapist_id, to_therapist_id,
				reassigned_by, reason, reassigned_at) values (?, ?, ?, ?, ?, ?, ?, ?)""", reassignment.id(), clinicId,
				reassignment.clientId(), reassignment.fromTherapistId(), reassignment.toTherapistId(),
				reassignment.by(), reassignment.reason(), Timestamp.from(reassignment.at()));
	}

	/** The client's moves to another therapist, oldest first. */
	List<Reassignment> reassignments(UUID clinicId, UUID clientId) {
		return this.jdbc.query("""
				select * from client_reassignment where clinic_id = ? and client_id = ?
				order by reassigned_at, id""",
				(rs, i) -> new Reassignment(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
						rs.getObject("from_therapist_id", UUID.class), rs.getObject("to_therapist_id", UUID.class),
						rs.getString("reassigned_by"), rs.getString("reason"),
						rs.getTimestamp("reassigned_at").toInstant()),
				clinicId, clientId);
	}

	/** How many clients each therapist of the clinic has, of those who have any. */
	Map<UUID, Integer> clientsPerTherapist(UUID clinicId) {
		Map<UUID, Integer> counts = new HashMap<>();
		this.jdbc.query("select therapist_id, count(*) from client where clinic_id = ? group by therapist_id", (rs) -> {
			counts.put(rs.getObject(1, UUID.class), rs.getInt(2));
		}, clinicId);
		return counts;
	}

	void rename(UUID clinicId, UUID clientId, String pseudonym) {
		this.jdbc.update("update client set pseudonym = ? where clinic_id = ? and id = ?", pseudonym, clinicId,
				clientId);
	}

	void changeAttendance(UUID clinicId, UUID sessionId, Attendance attendance) {
		this.jdbc.update("update care_session set attendance = ? where clinic_id = ? and id = ?", attendance.name(),
				clinicId, sessionId);
	}

	boolean episodeOpen(UUID clinicId, UUID episodeId) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from episode where clinic_id = ? and id = ? and end_date is null", Integer.class,
				clinicId, episodeId);
		return count != null && count > 0;
	}

	Optional<LocalDate> episodeEnd(UUID clinicId, UUID episodeId) {
		return this.jdbc
			.queryForList("select end_date from episode where clinic_id = ? and id = ? and end_date is not null",
					Date.class, clinicId, episodeId)
			.stream()
			.findFirst()
			.map(Date::toLocalDate);
	}

	Optional<SessionOfClient> sessionOfClient(UUID clinicId, UUID sessionId) {
		return this.jdbc
			.query("""
					select s.*, c.therapist_id from care_session s join client c on c.id = s.client_id
					where s.clinic_id = ? and s.id = ?""",
					(rs, i) -> new SessionOfClient(SESSION.mapRow(rs, i), rs.getObject("therapist_id", UUID.class)),
					clinicId, sessionId)
			.stream()
			.findFirst();
	}

	boolean sessionNumberTaken(UUID episodeId, int number) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from care_session where episode_id = ? and number = ?", Integer.class, episodeId,
				number);
		return count != null && count > 0;
	}

}
