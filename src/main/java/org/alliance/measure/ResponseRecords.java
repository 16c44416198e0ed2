package org.alliance.measure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.alliance.instrument.Answer;
import org.alliance.instrument.Scores;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * Reads stored responses back, answers and scores included, in three queries per client
 * rather than one per response.
 */
@Repository
class ResponseRecords {

	/** The versions no correction has superseded. */
	private static final String CURRENT = "r.current_for_session is not null";

	private final JdbcTemplate jdbc;

	ResponseRecords(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What the submitter stored under the key before, if anything; never another
	 * submitter's.
	 */
	Optional<KeyedResponse> byIdempotencyKey(UUID clinicId, String submittedBy, String key) {
		return this.jdbc
			.query("select id, request_hash from response"
					+ " where clinic_id = ? and submitted_by = ? and idempotency_key = ?",
					(rs, row) -> new KeyedResponse(rs.getObject(1, UUID.class), rs.getString(2)), clinicId, submittedBy,
					key)
			.stream()
			.findFirst();
	}

	record KeyedResponse(UUID id, String requestHash) {
	}

	/** The response, current or superseded. */
	Optional<StoredResponse> byId(UUID clinicId, UUID responseId) {
		return load(clinicId, "r.id = ?", responseId).stream().findFirst();
	}

	/** The session's current response to the measure from the respondent, if any. */
	Optional<StoredResponse> current(UUID clinicId, UUID sessionId, String instrument, String respondent) {
		return load(clinicId, CURRENT + " and r.current_for_session = ? and r.instrument_code = ? and r.respondent = ?",
				sessionId, instrument, respondent)
			.stream()
			.findFirst();
	}

	/** The client's current responses, oldest first. */
	List<StoredResponse> ofClient(UUID clinicId, UUID clientId) {
		return load(clinicId, CURRENT + " and r.client_id = ?", clientId);
	}

	/**
	 * The client's responses with every version a correction superseded, oldest first.
	 */
	List<StoredResponse> everyVersionOfClient(UUID clinicId, UUID clientId) {
		return load(clinicId, "r.client_id = ?", clientId);
	}

	/**
	 * The clinic's responses to the instrument whose item was answered with a choice
	 * above the value, oldest first, superseded versions included: a risk answer that a
	 * correction replaced was still given, and its signal is never lost.
	 */
	/** The clinics with answers awaiting their screen, stored before the instant. */
	List<UUID> clinicsAwaitingScreen(Instant storedBefore) {
		return this.jdbc.queryForList("select distinct clinic_id from response_awaiting_screen where stored_at < ?",
				UUID.class, Timestamp.from(storedBefore));
	}

	/** The clinic's answers awaiting their screen, stored before the instant. */
	List<StoredResponse> awaitingScreen(UUID clinicId, Instant storedBefore) {
		return load(clinicId, "r.id in (select w.response_id from response_awaiting_screen w"
				+ " where w.clinic_id = ? and w.stored_at < ?)", clinicId, Timestamp.from(storedBefore));
	}

	void screened(UUID clinicId, UUID responseId) {
		this.jdbc.update("delete from response_awaiting_screen where clinic_id = ? and response_id = ?", clinicId,
				responseId);
	}

	int countAwaitingScreen() {
		Integer count = this.jdbc.queryForObject("select count(*) from response_awaiting_screen", Integer.class);
		return (count != null) ? count : 0;
	}

	/** The clinic's current responses to the given instruments, oldest first. */
	List<StoredResponse> ofInstruments(UUID clinicId, List<String> instruments) {
		List<StoredResponse> responses = new ArrayList<>();
		for (String instrument : instruments) {
			responses.addAll(load(clinicId, CURRENT + " and r.instrument_code = ?", instrument));
		}
		return responses;
	}

	private List<StoredResponse> load(UUID clinicId, String condition, Object... values) {
		Object[] arguments = new Object[values.length + 1];
		arguments[0] = clinicId;
		System.arraycopy(values, 0, arguments, 1, values.length);
		String from = " from response r join care_session s on s.id = r.session_id where r.clinic_id = ? and "
				+ condition;
		Map<UUID, Map<String, Answer>> answers = new LinkedHashMap<>();
		this.jdbc.query(
				"select a.response_id, a.item_id, a.choice_value, a.text_value"
						+ " from response_answer a where a.response_id in (select r.id" + from + ")",
				(RowCallbackHandler) (rs) -> {
					Answer answer = (rs.getString(4) != null) ? new Answer.Text(rs.getString(4))
							: new Answer.Choice(rs.getInt(3));
					answers.computeIfAbsent(rs.getObject(1, UUID.class), (k) -> new LinkedHashMap<>())
						.put(rs.getString(2), answer);
				}, arguments);
		Map<UUID, Map<String, Double>> subscales = new LinkedHashMap<>();
		this.jdbc.query(
				"select c.response_id, c.subscale, c.score from response_score c"
						+ " where c.response_id in (select r.id" + from + ")",
				(RowCallbackHandler) (rs) -> subscales
					.computeIfAbsent(rs.getObject(1, UUID.class), (k) -> new LinkedHashMap<>())
					.put(rs.getString(2), rs.getDouble(3)),
				arguments);
		List<StoredResponse> responses = new ArrayList<>();
		this.jdbc.query("select r.*, s.number, s.session_date, s.episode_id" + from + " order by r.submitted_at, r.id",
				(RowCallbackHandler) (rs) -> {
					UUID id = rs.getObject("id", UUID.class);
					Scores scores = new Scores(rs.getDouble("total"), subscales.getOrDefault(id, Map.of()),
							rs.getString("band"));
					responses.add(new StoredResponse(id, rs.getObject("client_id", UUID.class),
							rs.getObject("episode_id", UUID.class), rs.getObject("session_id", UUID.class),
							rs.getInt("number"), rs.getDate("session_date").toLocalDate(),
							rs.getString("instrument_code"), rs.getString("respondent"),
							rs.getTimestamp("submitted_at").toInstant(), answers.getOrDefault(id, Map.of()), scores,
							rs.getString("submitted_by"), rs.getBoolean("on_behalf"),
							rs.getObject("corrects", UUID.class), rs.getString("correction_reason"),
							rs.getObject("superseded_by", UUID.class)));
				}, arguments);
		return responses;
	}

}
