package org.alliance.measure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alliance.care.SessionOfClient;
import org.alliance.instrument.Answer;
import org.alliance.instrument.Scores;
import org.alliance.security.AuditAction;
import org.alliance.security.AuditEntry;
import org.alliance.security.AuditTrail;
import org.alliance.storage.DurableWrite;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The durable write of one scored response: the response row, each answer, each score and
 * the audit line, all in one transaction. If the idempotency key was already used, it
 * stores nothing and returns the earlier response's id.
 */
record NewResponse(UUID id, SessionOfClient session, String instrument, String respondent, String idempotencyKey,
		String submittedBy, Instant submittedAt, Map<String, Answer> answers, Scores scores,
		AuditEntry audit) implements DurableWrite<Recorded> {

	private static final String INSERT_RESPONSE = """
			insert into response (id, clinic_id, client_id, session_id, instrument_code, respondent, idempotency_key,
			submitted_by, submitted_at, total, band) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	@Override
	public Recorded writeWith(JdbcTemplate jdbc) {
		if (this.idempotencyKey != null) {
			List<UUID> earlier = jdbc.queryForList(
					"select id from response where clinic_id = ? and idempotency_key = ?", UUID.class,
					this.session.clinicId(), this.idempotencyKey);
			if (!earlier.isEmpty()) {
				return new Recorded(earlier.get(0), null, true);
			}
		}
		UUID clinic = this.session.clinicId();
		jdbc.update(INSERT_RESPONSE, this.id, clinic, this.session.clientId(), this.session.session().id(),
				this.instrument, this.respondent, this.idempotencyKey, this.submittedBy,
				Timestamp.from(this.submittedAt), this.scores.total(), this.scores.band());
		jdbc.batchUpdate("insert into response_answer (response_id, clinic_id, item_id, choice_value, text_value)"
				+ " values (?, ?, ?, ?, ?)", answerRows(clinic));
		if (!this.scores.subscales().isEmpty()) {
			jdbc.batchUpdate("insert into response_score (response_id, clinic_id, subscale, score) values (?, ?, ?, ?)",
					scoreRows(clinic));
		}
		AuditTrail.append(jdbc, this.audit);
		return new Recorded(this.id, this.scores, false);
	}

	private List<Object[]> answerRows(UUID clinic) {
		List<Object[]> rows = new ArrayList<>(this.answers.size());
		this.answers.forEach((item, answer) -> {
			Integer choice = (answer instanceof Answer.Choice c) ? c.value() : null;
			String text = (answer instanceof Answer.Text t) ? t.text() : null;
			rows.add(new Object[] { this.id, clinic, item, choice, text });
		});
		return rows;
	}

	private List<Object[]> scoreRows(UUID clinic) {
		List<Object[]> rows = new ArrayList<>(this.scores.subscales().size());
		this.scores.subscales().forEach((code, score) -> rows.add(new Object[] { this.id, clinic, code, score }));
		return rows;
	}

	static AuditEntry auditOf(SessionOfClient session, String actor, UUID responseId) {
		return AuditTrail.entry(session.clinicId(), actor, AuditAction.CREATE, "response", responseId);
	}

}
