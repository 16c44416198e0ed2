package org.alliance.measure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.alliance.instrument.Answer;
import org.alliance.instrument.Respondent;
import org.alliance.storage.TimeOrderedIds;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * Clients' personal links as stored: one row per link (its token only hashed) and one
 * administration per measure it offers.
 */
@Repository
class LinkRecords {

	private static final String COLUMNS = """
			select l.id, l.token_hash, l.clinic_id, l.client_id, l.session_id, l.created_by, l.created_at,
			l.expires_at, l.revoked_at, l.revoked_by, l.revoked_why from client_link l""";

	private final JdbcTemplate jdbc;

	LinkRecords(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A link as stored, with the measures it offers in order.
	 *
	 * @param revokedWhy {@code revoked} or {@code replaced}, null while not revoked
	 */
	record LinkRow(UUID id, String tokenHash, UUID clinicId, UUID clientId, UUID sessionId, String createdBy,
			Instant createdAt, Instant expiresAt, Instant revokedAt, String revokedBy, String revokedWhy,
			List<String> instruments) {
	}

	void insert(LinkRow link) {
		this.jdbc.update("""
				insert into client_link (id, token_hash, clinic_id, client_id, session_id, created_by, created_at,
				expires_at) values (?, ?, ?, ?, ?, ?, ?, ?)""", link.id(), link.tokenHash(), link.clinicId(),
				link.clientId(), link.sessionId(), link.createdBy(), Timestamp.from(link.createdAt()),
				Timestamp.from(link.expiresAt()));
		for (int position = 0; position < link.instruments().size(); position++) {
			this.jdbc.update("""
					insert into administration (id, clinic_id, session_id, client_id, instrument_code, respondent,
					position, link_token_hash, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", TimeOrderedIds.next(),
					link.clinicId(), link.sessionId(), link.clientId(), link.instruments().get(position),
					Respondent.CLIENT.wireName(), position, link.tokenHash(), Timestamp.from(link.createdAt()));
		}
	}

	Optional<LinkRow> byHash(String tokenHash) {
		return first(query(COLUMNS + " where l.token_hash = ?", tokenHash));
	}

	Optional<LinkRow> byId(UUID clinicId, UUID id) {
		return first(query(COLUMNS + " where l.clinic_id = ? and l.id = ?", clinicId, id));
	}

	/** The session's links, newest first. */
	List<LinkRow> ofSession(UUID clinicId, UUID sessionId) {
		return query(COLUMNS + " where l.clinic_id = ? and l.session_id = ? order by l.created_at desc", clinicId,
				sessionId);
	}

	/** The client's links neither revoked nor expired, newest first. */
	List<LinkRow> unrevokedOfClient(UUID clinicId, UUID clientId, Instant now) {
		return query(COLUMNS + " where l.clinic_id = ? and l.client_id = ? and l.revoked_at is null"
				+ " and l.expires_at > ? order by l.created_at desc", clinicId, clientId, Timestamp.from(now));
	}

	/**
	 * The session's other unrevoked links that still offer one of the measures: a newer
	 * link replaces them.
	 */
	List<LinkRow> offeringAnyOf(UUID sessionId, String exceptHash, List<String> instruments) {
		String in = String.join(", ", Collections.nCopies(instruments.size(), "?"));
		List<Object> arguments = new ArrayList<>(List.of(sessionId, exceptHash));
		arguments.addAll(instruments);
		return query(COLUMNS + " where l.session_id = ? and l.token_hash <> ? and l.revoked_at is null"
				+ " and exists (select 1 from administration a where a.link_token_hash = l.token_hash"
				+ " and a.response_id is null and a.instrument_code in (" + in + "))", arguments.toArray());
	}

	/** Ends the link, once: an ended link keeps who ended it first. */
	void revoke(UUID id, String by, Instant at, String why) {
		this.jdbc.update("""
				update client_link set revoked_at = ?, revoked_by = ?, revoked_why = ?
				where id = ? and revoked_at is null""", Timestamp.from(at), by, why, id);
	}

	/**
	 * The link's measures still due: not yet answered on it, nor for its session by
	 * another way in.
	 */
	List<String> due(String tokenHash) {
		return this.jdbc.queryForList("""
				select ad.instrument_code from administration ad where ad.link_token_hash = ? and ad.response_id is null
				and not exists (select 1 from response r where r.current_for_session = ad.session_id
				                and r.instrument_code = ad.instrument_code and r.respondent = 'client')
				order by ad.position""", String.class, tokenHash);
	}

	/** The choices given on the link, by instrument and then item. */
	Map<String, Map<String, Answer>> answered(String tokenHash) {
		Map<String, Map<String, Answer>> answered = new LinkedHashMap<>();
		this.jdbc.query("""
				select r.instrument_code, a.item_id, a.choice_value
				from administration ad join response r on r.id = ad.response_id
				join response_answer a on a.response_id = r.id
				where ad.link_token_hash = ? and a.choice_value is not null""",
				(RowCallbackHandler) (rs) -> answered.computeIfAbsent(rs.getString(1), (k) -> new LinkedHashMap<>())
					.put(rs.getString(2), new Answer.Choice(rs.getInt(3))),
				tokenHash);
		return answered;
	}

	/** Whether the session's measure has a current answer from the client. */
	boolean answeredForSession(UUID clinicId, UUID sessionId, String instrument) {
		Integer count = this.jdbc.queryForObject("""
				select count(*) from response where clinic_id = ? and current_for_session = ? and instrument_code = ?
				and respondent = 'client'""", Integer.class, clinicId, sessionId, instrument);
		return count != null && count > 0;
	}

	private List<LinkRow> query(String sql, Object... arguments) {
		List<LinkRow> rows = this.jdbc.query(sql, LinkRecords::row, arguments);
		return rows.stream().map(this::withInstruments).toList();
	}

	private LinkRow withInstruments(LinkRow row) {
		List<String> instruments = this.jdbc.queryForList(
				"select instrument_code from administration where link_token_hash = ? order by position", String.class,
				row.tokenHash());
		return new LinkRow(row.id(), row.tokenHash(), row.clinicId(), row.clientId(), row.sessionId(), row.createdBy(),
				row.createdAt(), row.expiresAt(), row.revokedAt(), row.revokedBy(), row.revokedWhy(),
				List.copyOf(instruments));
	}

	private static LinkRow row(ResultSet rs, int i) throws SQLException {
		Timestamp revoked = rs.getTimestamp("revoked_at");
		return new LinkRow(rs.getObject("id", UUID.class), rs.getString("token_hash"),
				rs.getObject("clinic_id", UUID.class), rs.getObject("client_id", UUID.class),
				rs.getObject("session_id", UUID.class), rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
				(revoked != null) ? revoked.toInstant() : null, rs.getString("revoked_by"), rs.getString("revoked_why"),
				List.of());
	}

	private static Optional<LinkRow> first(List<LinkRow> rows) {
		return rows.stream().findFirst();
	}

}
