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
import org.alliance.storage.CombinableWrite;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The durable write of scored responses: the response rows, each answer, each score and
 * the audit lines, all in the group commit's transaction, as one multi-row insert per
 * table however many responses the batch holds. {@code submittedBy} is the account that
 * sent it ({@code client-link} for the client's own link); with {@code onBehalf} it is
 * the staff member who entered the client's answers for them. A key the same submitter
 * used before breaks the unique constraint; the caller then answers with that submitter's
 * earlier response. Each response is stored as its session's current one for its measure
 * and respondent; a second one breaks the constraint that holds one per session, and the
 * caller refuses it ({@link AlreadyAnswered}). A correction names the version it corrects
 * and why ({@link ResponseCorrection} supersedes that version first). An answer an
 * {@link ArrivalScreen} must judge is marked as awaiting it in the same transaction, as
 * of when it is stored ({@code awaitingScreenSince}; null for any other answer), which
 * for an import is not when it was submitted.
 */
record NewResponse(UUID id, SessionOfClient session, String instrument, String respondent, String idempotencyKey,
		String requestHash, String submittedBy, boolean onBehalf, Instant submittedAt, Map<String, Answer> answers,
		Scores scores, AuditEntry audit, UUID corrects, String correctionReason,
		Instant awaitingScreenSince) implements CombinableWrite<Recorded> {

	private static final MultiRowInsert RESPONSE = new MultiRowInsert("response", "id", "clinic_id", "client_id",
			"session_id", "instrument_code", "respondent", "idempotency_key", "request_hash", "submitted_by",
			"on_behalf", "submitted_at", "total", "band", "current_for_session", "corrects", "correction_reason");

	private static final MultiRowInsert ANSWER = new MultiRowInsert("response_answer", "response_id", "clinic_id",
			"item_id", "choice_value", "text_value");

	private static final MultiRowInsert SCORE = new MultiRowInsert("response_score", "response_id", "clinic_id",
			"subscale", "score");

	private static final MultiRowInsert AWAITING_SCREEN = new MultiRowInsert("response_awaiting_screen", "response_id",
			"clinic_id", "stored_at");

	private static final MultiRowInsert AUDIT = new MultiRowInsert("audit_event", "clinic_id", "actor", "action",
			"resource_type", "resource_id", "remote_address", "occurred_at", "detail");

	@Override
	public List<Recorded> writeAll(JdbcTemplate jdbc, List<CombinableWrite<Recorded>> writes) {
		List<NewResponse> responses = writes.stream().map(NewResponse.class::cast).toList();
		RESPONSE.insert(jdbc, responses.stream().map(NewResponse::responseRow).toList());
		ANSWER.insert(jdbc, responses.stream().flatMap((r) -> r.answerRows().stream()).toList());
		SCORE.insert(jdbc, responses.stream().flatMap((r) -> r.scoreRows().stream()).toList());
		AUDIT.insert(jdbc, responses.stream().map(NewResponse::auditRow).toList());
		AWAITING_SCREEN.insert(jdbc, responses.stream()
			.filter((r) -> r.awaitingScreenSince() != null)
			.map((r) -> new Object[] { r.id(), r.session().clinicId(), Timestamp.from(r.awaitingScreenSince()) })
			.toList());
		return responses.stream().map((r) -> new Recorded(r.id(), r.scores(), false)).toList();
	}

	private Object[] responseRow() {
		return new Object[] { this.id, this.session.clinicId(), this.session.clientId(), this.session.session().id(),
				this.instrument, this.respondent, this.idempotencyKey, this.requestHash, this.submittedBy,
				this.onBehalf, Timestamp.from(this.submittedAt), this.scores.total(), this.scores.band(),
				this.session.session().id(), this.corrects, this.correctionReason };
	}

	private List<Object[]> answerRows() {
		List<Object[]> rows = new ArrayList<>(this.answers.size());
		this.answers.forEach((item, answer) -> {
			Integer choice = (answer instanceof Answer.Choice c) ? c.value() : null;
			String text = (answer instanceof Answer.Text t) ? t.text() : null;
			rows.add(new Object[] { this.id, this.session.clinicId(), item, choice, text });
		});
		return rows;
	}

	private List<Object[]> scoreRows() {
		List<Object[]> rows = new ArrayList<>(this.scores.subscales().size());
		this.scores.subscales()
			.forEach((code, score) -> rows.add(new Object[] { this.id, this.session.clinicId(), code, score }));
		return rows;
	}

	private Object[] auditRow() {
		return new Object[] { this.audit.clinicId(), this.audit.actor(), this.audit.action().name(),
				this.audit.resourceType(), this.audit.resourceId(), this.audit.remoteAddress(),
				Timestamp.from(this.audit.occurredAt()), this.audit.detail() };
	}

	/**
	 * The audit line of the new response; a correction's names the version it corrects
	 * (never the reason, which may hold clinical words and stays with the response).
	 */
	static AuditEntry auditOf(SessionOfClient session, String actor, UUID responseId, UUID corrects) {
		AuditEntry entry = AuditTrail.entry(session.clinicId(), actor, AuditAction.CREATE, "response", responseId);
		return (corrects != null) ? Audited.withDetail(entry, "corrects " + corrects) : entry;
	}

}
