package org.alliance.measure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.alliance.measure.ResponseIntake.Intake;
import org.alliance.api.Conflict;
import org.alliance.api.FieldProblem;
import org.alliance.api.FieldRules;
import org.alliance.api.Forbidden;
import org.alliance.api.InvalidRequest;
import org.alliance.api.NotFound;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.care.SessionOfClient;
import org.alliance.instrument.Answer;
import org.alliance.instrument.Respondent;
import org.alliance.security.AuditAction;
import org.alliance.security.AuditTrail;
import org.alliance.security.CurrentUser;
import org.alliance.storage.GroupCommit;

import org.springframework.stereotype.Service;

/**
 * Takes submissions in: validates them against their instrument, scores them, stores them
 * durably and idempotently, and hands them back.
 */
@Service
public class Responses {

	private final Caseload caseload;

	private final ResponseIntake intake;

	private final GroupCommit groupCommit;

	private final ResponseRecords records;

	private final AuditTrail audit;

	Responses(Caseload caseload, ResponseIntake intake, GroupCommit groupCommit, ResponseRecords records,
			AuditTrail audit) {
		this.caseload = caseload;
		this.intake = intake;
		this.groupCommit = groupCommit;
		this.records = records;
		this.audit = audit;
	}

	/** Who entered the client's own answers from their personal link. */
	public static final String CLIENT_LINK = "client-link";

	/** Who submits the client's own answers in the demo clinic's simulated history. */
	public static final String SIMULATED_CLIENT = "simulated-client";

	/** The longest reason a correction gives, in characters. */
	public static final int REASON_LENGTH = 500;

	/**
	 * Stores a submission a staff member sends for a session of a client whose records
	 * they may change (the client's therapist, or a supervisor acting for them). Returns
	 * only once the response is durably committed. The same idempotency key again returns
	 * the first response and stores nothing.
	 * <p>
	 * Whatever the caller says, the record says who entered it
	 * ({@link StoredResponse#enteredBy()}): the client's own measure sent by staff is
	 * entered on the client's behalf ({@link StoredResponse#onBehalf()}), because only
	 * the client's personal link carries the client's own answers; a therapist's measure
	 * is the staff member's own answer.
	 * @throws InvalidRequest naming every bad field; nothing is stored then
	 * @throws NotFound when the session is unknown or belongs to someone else's client
	 * @throws Forbidden when the person may read but not change the client's records, or
	 * sends a therapist's measure for another therapist's client
	 * @throws AlreadyAnswered when the session already has this measure from this
	 * respondent
	 * @throws Conflict naming {@code session} when it was cancelled or is dated after its
	 * episode ended
	 */
	public Recorded submit(CurrentUser user, UUID sessionId, Submission submission, String idempotencyKey) {
		return submit(user, sessionId, submission, idempotencyKey, null);
	}

	/**
	 * Stores a submission as {@link #submit(CurrentUser, UUID, Submission, String)} does,
	 * as submitted at a past moment: a simulated or imported history's (the demo clinic's
	 * therapists rating their sessions on the sessions' days). No route calls it: what a
	 * person sends is stored when it comes.
	 * @param asOf the moment it stands for, not in the future
	 */
	public Recorded submit(CurrentUser user, UUID sessionId, Submission submission, String idempotencyKey,
			Instant asOf) {
		SessionOfClient session = this.caseload.sessionToActOn(user, sessionId);
		ownTherapistOnly(user, session, submission.respondent());
		return this.intake.store(new Intake(session, submission, idempotencyKey, user.email(), true, null, null, asOf),
				(response) -> response);
	}

	/**
	 * Stores the client's own answers of the demo clinic's simulated history, as the
	 * simulated client sent them from their phone: not on anyone's behalf, entered by
	 * nobody on the staff. Only the demo seeder calls this; no route reaches it.
	 */
	public Recorded recordSimulated(UUID clinicId, UUID sessionId, Submission submission, String idempotencyKey) {
		return recordSimulated(clinicId, sessionId, submission, idempotencyKey, null);
	}

	/**
	 * Stores the simulated client's answers as
	 * {@link #recordSimulated(UUID, UUID, Submission, String)} does, as sent at the
	 * moment they stand for (on their session's day) rather than when they are seeded.
	 * @param submittedAt the moment, not in the future; null for now
	 */
	public Recorded recordSimulated(UUID clinicId, UUID sessionId, Submission submission, String idempotencyKey,
			Instant submittedAt) {
		SessionOfClient session = this.caseload.sessionForLink(clinicId, sessionId)
			.orElseThrow(() -> new IllegalArgumentException("No session " + sessionId + " in the clinic"));
		if (!Respondent.CLIENT.wireName().equals(submission.respondent())) {
			throw new IllegalArgumentException("A simulated client answers only the client's own measures");
		}
		return this.intake.store(
				new Intake(session, submission, idempotencyKey, SIMULATED_CLIENT, false, null, null, submittedAt),
				(response) -> response);
	}

	/**
	 * Stores the client's answers as a staff member entered them on the client's behalf
	 * (from a paper form, for a client without a phone): the same validation, scoring,
	 * storage and event as the client's own answers, so that ruptures and the PHQ-9 item
	 * 9 risk screen fire exactly as from the phone, and the record says who entered it
	 * ({@link StoredResponse#enteredBy()}, {@link StoredResponse#onBehalf()}). Whoever
	 * may change the client's records may do so: the client's therapist, or a supervisor
	 * acting for them.
	 * @throws InvalidRequest naming {@code onBehalf} when the respondent is not the
	 * client, {@code respondent} when the instrument is not the client's to answer, or
	 * every other bad field
	 * @throws NotFound when the session is unknown or belongs to someone else's client
	 * @throws AlreadyAnswered when the session already has this measure from the client
	 * @throws Conflict naming {@code session} when it was cancelled or is dated after its
	 * episode ended
	 */
	public Recorded enterOnBehalf(CurrentUser user, UUID sessionId, Submission submission, String idempotencyKey) {
		return enterOnBehalf(user, sessionId, submission, idempotencyKey, null);
	}

	/**
	 * Stores the client's answers entered on their behalf as
	 * {@link #enterOnBehalf(CurrentUser, UUID, Submission, String)} does, as entered at a
	 * past moment: a simulated or imported history's (a paper form of the demo clinic,
	 * entered on its session's day). No route calls it: what a person enters is stored
	 * when it comes.
	 * @param asOf the moment it stands for, not in the future
	 */
	public Recorded enterOnBehalf(CurrentUser user, UUID sessionId, Submission submission, String idempotencyKey,
			Instant asOf) {
		SessionOfClient session = this.caseload.sessionToActOn(user, sessionId);
		if (submission.respondent() != null && !Respondent.CLIENT.wireName().equals(submission.respondent())) {
			throw InvalidRequest.of("onBehalf",
					"Only the client's own measures are entered on the client's behalf; use respondent client.");
		}
		return this.intake.store(new Intake(session, submission, idempotencyKey, user.email(), true, null, null, asOf),
				(response) -> response);
	}

	/**
	 * Corrects a stored response: the corrected answers are validated, scored and stored
	 * as a new version, the session's current one, which names the version it corrects
	 * and why; the corrected version stays stored, marked superseded, and both are in the
	 * audit trail. The new version is announced like any response, so every evaluation
	 * hears of it: a risk answer in it goes through the risk screen and raises its own
	 * signal, and a signal the corrected version raised stays as it is (a correction
	 * never closes one). The same idempotency key again returns the first correction.
	 * <p>
	 * Who may correct is who may enter the measure: the client's measures, whoever may
	 * change the client's records; a therapist's measure, the client's therapist alone.
	 * @param answers the whole corrected response, by item id
	 * @param reason why, 1 to {@value #REASON_LENGTH} characters, kept with the new
	 * version
	 * @throws NotFound when the response is unknown or belongs to someone else's client
	 * @throws Forbidden as {@link #submit}
	 * @throws InvalidRequest naming {@code reason}, or {@code answers} when they are the
	 * stored ones, or every bad answer
	 * @throws Conflict naming {@code id} when a correction superseded the version already
	 * (with {@code currentResponse}), or {@code session} as {@link #submit}
	 */
	public Recorded correct(CurrentUser user, UUID responseId, Map<String, Answer> answers, String reason,
			String idempotencyKey) {
		StoredResponse corrected = this.records.byId(user.clinicId(), responseId)
			.orElseThrow(() -> unknownResponse(responseId));
		SessionOfClient session;
		try {
			session = this.caseload.sessionToActOn(user, corrected.sessionId());
		}
		catch (NotFound unseen) {
			throw unknownResponse(responseId);
		}
		ownTherapistOnly(user, session, corrected.respondent());
		List<FieldProblem> problems = new ArrayList<>();
		FieldRules.text(problems, "reason", reason, REASON_LENGTH, true);
		if (answers != null && answers.equals(corrected.answers())) {
			problems.add(new FieldProblem("answers",
					"These are the answers already stored; a correction changes at least one."));
		}
		FieldRules.refuseIfAny(problems);
		Submission submission = new Submission(corrected.instrument(), corrected.respondent(), answers);
		return this.intake.store(
				new Intake(session, submission, idempotencyKey, user.email(), true, corrected, reason.strip()),
				(response) -> ResponseCorrection.of(response, corrected.id()));
	}

	/**
	 * Stores a submission that arrived through a client's personal link, already checked
	 * by the link, and marks the link's measure answered in the same transaction.
	 * @throws LinkAnswer.AnsweredOnLink when the measure was answered through the link
	 * before
	 * @throws LinkNoLongerValid when the link was revoked or replaced meanwhile
	 * @throws AlreadyAnswered when the session's measure was answered by another way in
	 */
	Recorded storeFromLink(SessionOfClient session, Submission submission, String linkHash) {
		return this.intake.store(new Intake(session, submission, null, CLIENT_LINK, false, null, null),
				(response) -> new LinkAnswer(response, linkHash));
	}

	/**
	 * One response, current or superseded, of a client this person may see.
	 * @throws NotFound when it is unknown or another therapist's client's
	 */
	public StoredResponse one(CurrentUser user, UUID responseId) {
		StoredResponse response = this.records.byId(user.clinicId(), responseId)
			.orElseThrow(() -> unknownResponse(responseId));
		try {
			this.caseload.visibleClient(user, response.clientId());
		}
		catch (NotFound unseen) {
			// Answered as an unknown response: the caller learns nothing of whose it is.
			throw unknownResponse(responseId);
		}
		this.audit.recordRead(user, "response", responseId);
		return response;
	}

	/** The client's current responses with their scores, oldest first. */
	public List<StoredResponse> ofClient(CurrentUser user, UUID clientId) {
		this.caseload.visibleClient(user, clientId);
		this.audit.recordRead(user, "response-list", clientId);
		return this.records.ofClient(user.clinicId(), clientId);
	}

	/**
	 * The client's responses, oldest first, with every version a correction superseded
	 * ({@link StoredResponse#supersededBy()}).
	 */
	public List<StoredResponse> everyVersionOfClient(CurrentUser user, UUID clientId) {
		this.caseload.visibleClient(user, clientId);
		this.audit.recordRead(user, "response-list", clientId);
		return this.records.everyVersionOfClient(user.clinicId(), clientId);
	}

	/**
	 * The responses to the given instruments of every client this person may see (a
	 * supervisor's whole clinic, a therapist's own clients; refused for an admin), for
	 * clinic-wide figures read on the person's behalf; audited as the person's read.
	 */
	public List<StoredResponse> ofCaseload(CurrentUser user, List<String> instruments) {
		// The clients the person may see, or the refusal for an account that reads none.
		List<Client> clients = this.caseload.visibleTo(user);
		List<StoredResponse> responses = this.records.ofInstruments(user.clinicId(), instruments);
		this.audit.recordRead(user, "response-set", String.join(",", instruments));
		Set<UUID> visible = clients.stream().map(Client::id).collect(Collectors.toSet());
		return responses.stream().filter((response) -> visible.contains(response.clientId())).toList();
	}

	/**
	 * The clinic's responses to the given instruments, for an evaluation the system runs
	 * (clinic norms, rupture detection); audited under the evaluation's name.
	 */
	public List<StoredResponse> forEvaluation(UUID clinicId, List<String> instruments, String evaluation) {
		this.groupCommit.commit((jdbc) -> {
			AuditTrail.append(jdbc, AuditTrail.entry(clinicId, evaluation, AuditAction.READ, "response-set",
					String.join(",", instruments)));
			return null;
		});
		return this.records.ofInstruments(clinicId, instruments);
	}

	/**
	 * The answers still marked as awaiting their {@link ArrivalScreen}, stored before the
	 * given instant (an answer stored since is still being screened by its own request),
	 * by clinic, for the screen to judge again; audited under the evaluation's name for
	 * each clinic that has any. Only marked answers are read, however many are stored.
	 * @param storedBefore the latest storing instant to include
	 * @param evaluation the screen's name in the audit trail
	 * @return the marked answers by clinic id
	 */
	public Map<UUID, List<StoredResponse>> awaitingScreenForEvaluation(Instant storedBefore, String evaluation) {
		Map<UUID, List<StoredResponse>> awaiting = new LinkedHashMap<>();
		for (UUID clinicId : this.records.clinicsAwaitingScreen(storedBefore)) {
			this.groupCommit.commit((jdbc) -> {
				AuditTrail.append(jdbc,
						AuditTrail.entry(clinicId, evaluation, AuditAction.READ, "response-set", "awaiting-screen"));
				return null;
			});
			awaiting.put(clinicId, this.records.awaitingScreen(clinicId, storedBefore));
		}
		return awaiting;
	}

	/**
	 * Clears the answer's mark once its {@link ArrivalScreen} has judged it. Clearing an
	 * answer with no mark does nothing.
	 */
	public void screened(UUID clinicId, UUID responseId) {
		this.records.screened(clinicId, responseId);
	}

	/**
	 * How many answers await their screen: a number the health of the safety net shows.
	 */
	public int awaitingScreen() {
		return this.records.countAwaitingScreen();
	}

	/**
	 * One client's responses for an evaluation the system runs; audited under its name.
	 */
	public List<StoredResponse> ofClientForEvaluation(UUID clinicId, UUID clientId, String evaluation) {
		this.groupCommit.commit((jdbc) -> {
			AuditTrail.append(jdbc,
					AuditTrail.entry(clinicId, evaluation, AuditAction.READ, "response-list", clientId));
			return null;
		});
		return this.records.ofClient(clinicId, clientId);
	}

	private static NotFound unknownResponse(UUID responseId) {
		return new NotFound("id", "No response " + responseId + " among your clients' responses.");
	}

	/**
	 * The therapist's own view of the alliance (and prediction of the client's) is the
	 * client's therapist's alone: a stand-in's answer, even a supervisor acting for them,
	 * would be someone else's view under the therapist's name.
	 */
	private static void ownTherapistOnly(CurrentUser user, SessionOfClient session, String respondent) {
		if (Respondent.THERAPIST.wireName().equals(respondent) && !session.therapistId().equals(user.userId())) {
			throw new Forbidden("respondent",
					"A therapist's measure is the client's therapist's own view; nobody answers it in their place.");
		}
	}

}
