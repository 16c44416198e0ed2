package org.alliance.reflection;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * Stores reflection notes and reads them back. Every read names the clinic and the
 * author: there is no query here that could hand a note to anyone else, and nothing
 * outside this module reads these tables.
 */
@Repository
class ReflectionRecords {

	private static final String NOTES = """
			select n.id, n.session_id, n.client_id, c.pseudonym, s.number, s.session_date, n.note, n.written_at
			from reflection_note n join care_session s on s.id = n.session_id join client c on c.id = n.client_id
			where n.clinic_id = ? and n.author_id = ?""";

	private final JdbcTemplate jdbc;

	ReflectionRecords(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID clinicId, UUID authorId, ReflectionNote note) {
		this.jdbc.update(
				"insert into reflection_note (id, clinic_id, author_id, client_id, session_id, note, written_at)"
						+ " values (?, ?, ?, ?, ?, ?, ?)",
				note.id(), clinicId, authorId, note.clientId(), note.sessionId(), note.text(),
				Timestamp.from(note.writtenAt()));
		for (ReflectionTag tag : note.tags()) {
			this.jdbc.update("insert into reflection_tag (note_id, clinic_id, tag) values (?, ?, ?)", note.id(),
					clinicId, tag.wireName());
		}
	}

	/** The author's notes, oldest session first. */
	List<ReflectionNote> byAuthor(UUID clinicId, UUID authorId) {
		return load(clinicId, authorId, "", new Object[0]);
	}

	/** The author's notes on the session, oldest first. */
	List<ReflectionNote> onSession(UUID clinicId, UUID authorId, UUID sessionId) {
		return load(clinicId, authorId, " and n.session_id = ?", new Object[] { sessionId });
	}

	/** The author's notes about the client, oldest session first. */
	List<ReflectionNote> aboutClient(UUID clinicId, UUID authorId, UUID clientId) {
		return load(clinicId, authorId, " and n.client_id = ?", new Object[] { clientId });
	}

	/** The tag query's arguments: the clinic again, then the notes' own. */
	private static Object[] tagArguments(Object[] arguments) {
		Object[] withClinic = new Object[arguments.length + 1];
		withClinic[0] = arguments[0];
		System.arraycopy(arguments, 0, withClinic, 1, arguments.length);
		return withClinic;
	}

	private List<ReflectionNote> load(UUID clinicId, UUID authorId, String condition, Object[] values) {
		Object[] arguments = new Object[values.length + 2];
		arguments[0] = clinicId;
		arguments[1] = authorId;
		System.arraycopy(values, 0, arguments, 2, values.length);
		Map<UUID, Set<ReflectionTag>> tags = new LinkedHashMap<>();
		this.jdbc.query(
				"select t.note_id, t.tag from reflection_tag t where t.note_id in (select n.id from"
						+ " reflection_note n where n.clinic_id = ? and n.author_id = ?" + condition + ")",
				(RowCallbackHandler) (rs) -> {
					UUID note = rs.getObject(1, UUID.class);
					ReflectionTag.fromWire(rs.getString(2))
						.ifPresent((tag) -> tags.computeIfAbsent(note, (k) -> EnumSet.noneOf(ReflectionTag.class))
							.add(tag));
				}, arguments);
		List<ReflectionNote> notes = new ArrayList<>();
		this.jdbc.query(NOTES + condition + " order by s.session_date, s.number, n.written_at, n.id",
				(RowCallbackHandler) (rs) -> {
					UUID id = rs.getObject(1, UUID.class);
					notes.add(new ReflectionNote(id, rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
							rs.getString(4), rs.getInt(5), rs.getDate(6).toLocalDate(), rs.getString(7),
							List.copyOf(tags.getOrDefault(id, Set.of())), rs.getTimestamp(8).toInstant()));
				}, arguments);
		return notes;
	}

}
