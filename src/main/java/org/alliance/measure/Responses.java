package org.alliance.measure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.function.Function;

import org.alliance.storage.TimeOrderedIds;
import org.alliance.api.FieldProblem;
import org.alliance.api.Forbidden;
import org.alliance.api.InvalidRequest;
import org.alliance.api.NotFound;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.care.SessionOfClient;
import org.alliance.instrument.Answer;
import org.alliance.instrument.AnswerError;
import org.alliance.instrument.Instrument;
import org.alliance.instrument.InstrumentCatalog;
import org.alliance.instrument.InstrumentScoring;
import org.alliance.instrument.Respondent;
import org.alliance.instrument.ScoringResult;
import org.alliance.security.AuditAction;
import org.alliance.security.AuditTrail;
import org.alliance.security.CurrentUser;
import org.alliance.storage.DurableWrite;
import org.alliance.storage.GroupCommit;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Takes submissions in: validates them against their instrument, scores them, stores them
 * durably and idempotently, and hands them back.
 */
@Service
public class Responses {

	private final Caseload caseload;

	private final InstrumentCatalog instruments;

	private final GroupCommit groupCommit;

	private final ResponseRecords records;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	Responses(Caseload caseload, InstrumentCatalog instruments, GroupCommit groupCommit, ResponseRecords records,
			AuditTrail audit, ApplicationEventPublisher events) {
		this.caseload = caseload;
		this.instruments = instruments;
		this.groupCommit = groupCommit;
		this.records = records;
		this.audit = audit;
		this.events = events;
	}

	/** Who submits the client's own answers in the demo clinic's simulated history. */
	static final String SIMULATED_CLIENT = "simulated-client";

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
	 */
	public Recorded submit(CurrentUser user, UUID sessionId, Submission submission, String idempotencyKey) {
		SessionOfClient session = this.caseload.sessionToActOn(user, sessionId);
		if (Respondent.THERAPIST.wireName().equals(submission.respondent())
				&& !session.therapistId().equals(user.userId())) {
			// The therapist's own view of the alliance (and prediction of the client's):
			// a stand-in's answer would be someone else's view under the therapist's
			// name.
			throw new Forbidden("respondent",
					"A therapist's measure is the client's therapist's own view; nobody answers it in their place.");
		}
		return store(session, submission, idempotencyKey, user.email(), true, (response) -> response);
	}

	/**
	 * Stores the client's own answers of the demo clinic's simulated history, as the
	 * simulated client sent them from their phone: not on anyone's behalf, entered by
	 * nobody on the staff. Only the demo seeder calls this; no route reaches it.
	 */
	public Recorded recordSimulated(UUID clinicId, UUID sessionId, Submission submission, String idempotencyKey) {
		SessionOfClient session = this.caseload.sessionForLink(clinicId, sessionId)
			.orElseThrow(() -> new IllegalArgumentException("No session " + sessionId + " in the clinic"));
		if (!Respondent.CLIENT.wireName().equals(submission.respondent())) {
			throw new IllegalArgumentException("A simulated client answers only the client's own measures");
		}
		return store(session, submission, idempotencyKey, SIMULATED_CLIENT, false, (response) -> response);
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
	 */
	public Recorded enterOnBehalf(CurrentUser user, UUID sessionId, Submission submission, String idempotencyKey) {
		SessionOfClient session = this.caseload.sessionToActOn(user, sessionId);
		if (submission.respondent() != null && !Respondent.CLIENT.wireName().equals(submission.respondent())) {
			throw InvalidRequest.of("onBehalf",
					"Only the client's own measures are entered on the client's behalf; use respondent client.");
		}
		return store(session, submission, idempotencyKey, user.email(), true, (response) -> response);
	}

	/**
	 * Stores a submission that arrived through a client's personal link, already checked
	 * by the link, and marks the link's measure answered in the same transaction.
	 * @throws LinkAnswer.AlreadyAnswered when the measure was answered through the link
	 * before
	 */
	Recorded storeFromLink(SessionOfClient session, Submission submission, String linkHash) {
		return store(session, submission, null, "client-link", false, (response) -> new LinkAnswer(response, linkHash));
	}

	/** The client's responses with their scores, oldest first. */
	public List<StoredResponse> ofClient(CurrentUser user, UUID clientId) {
		this.caseload.visibleClient(user, clientId);
		this.audit.recordRead(user, "response-list", clientId);
		return this.records.ofClient(user.clinicId(), clientId);
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
	 * The clinic's responses to the instrument with a choice above the value on the item
	 * (e.g. PHQ-9 item 9 above 0), for an evaluation the system runs; audited under its
	 * name.
	 */
	public List<StoredResponse> withChoiceAboveForEvaluation(UUID clinicId, String instrument, String item, int value,
			String evaluation) {
		this.groupCommit.commit((jdbc) -> {
			AuditTrail.append(jdbc,
					AuditTrail.entry(clinicId, evaluation, AuditAction.READ, "response-set", instrument));
			return null;
		});
		return this.records.withChoiceAbove(clinicId, instrument, item, value);
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

	/**
	 * The one way a response comes in, whatever the door: validated, scored, durably
	 * written, then announced, so that every evaluation (ruptures, outcomes) hears of
	 * every response.
	 */
	private Recorded store(SessionOfClient session, Submission submission, String idempotencyKey, String actor,
			boolean byStaff, Function<NewResponse, DurableWrite<Recorded>> durable) {
		Instrument instrument = validInstrument(submission);
		boolean onBehalf = byStaff && instrument.respondent() == Respondent.CLIENT;
		ScoringResult result = InstrumentScoring.score(instrument, submission.answers());
		if (result instanceof ScoringResult.Rejected rejected) {
			throw new InvalidRequest(rejected.errors().stream().map(Responses::problem).toList());
		}
		String requestHash = SubmissionFingerprint.of(session.session().id(), submission, onBehalf);
		if (idempotencyKey != null) {
			var earlier = this.records.byIdempotencyKey(session.clinicId(), actor, idempotencyKey);
			if (earlier.isPresent()) {
				return replay(session, earlier.get(), requestHash, actor);
			}
		}
		var scores = ((ScoringResult.Scored) result).scores();
		UUID id = TimeOrderedIds.next();
		NewResponse write = new NewResponse(id, session, instrument.code(), instrument.respondent().wireName(),
				idempotencyKey, requestHash, actor, onBehalf, Instant.now(), submission.answers(), scores,
				NewResponse.auditOf(session, actor, id));
		Recorded recorded;
		try {
			recorded = this.groupCommit.commit(durable.apply(write));
		}
		catch (DuplicateKeyException ex) {
			// The same submitter sent the same key twice at once: the other request
			// stored it first.
			return replay(session,
					this.records.byIdempotencyKey(session.clinicId(), actor, idempotencyKey).orElseThrow(), requestHash,
					actor);
		}
		this.events.publishEvent(new ResponseRecorded(session.clinicId(), session.clientId(), session.session().id(),
				id, instrument.code(), instrument.respondent().wireName(), Map.copyOf(submission.answers()), scores));
		return recorded;
	}

	/**
	 * Answers a retry with what the same submitter stored under the key; a different
	 * request under a used key is refused, so that no submission is silently dropped.
	 */
	private Recorded replay(SessionOfClient session, ResponseRecords.KeyedResponse earlier, String requestHash,
			String actor) {
		if (!SubmissionFingerprint.sameRequest(earlier.requestHash(), requestHash)) {
			throw InvalidRequest.of("Idempotency-Key",
					"This key was already used for a different submission; use a new key for each submission.");
		}
		StoredResponse stored = this.records.byId(session.clinicId(), earlier.id()).orElseThrow();
		this.groupCommit.commit((jdbc) -> {
			AuditTrail.append(jdbc,
					AuditTrail.entry(session.clinicId(), actor, AuditAction.READ, "response", stored.id()));
			return null;
		});
		return new Recorded(stored.id(), stored.scores(), true);
	}

	private Instrument validInstrument(Submission submission) {
		List<FieldProblem> problems = new ArrayList<>();
		Instrument instrument = (submission.instrument() != null)
				? this.instruments.find(submission.instrument()).orElse(null) : null;
		if (instrument == null) {
			problems.add(new FieldProblem("instrument", "Unknown instrument; GET /api/v1/instruments lists them."));
		}
		else if (!instrument.administrable()) {
			problems.add(new FieldProblem("instrument",
					"This instrument needs its licensed item text before it can be given."));
		}
		var respondent = (submission.respondent() != null) ? Respondent.fromWire(submission.respondent()) : null;
		if (respondent == null || respondent.isEmpty()) {
			problems.add(new FieldProblem("respondent", "Use client or therapist."));
		}
		else if (instrument != null && respondent.get() != instrument.respondent()) {
			problems.add(new FieldProblem("respondent",
					"This instrument is answered by the " + instrument.respondent().wireName() + "."));
		}
		if (submission.answers() == null || submission.answers().isEmpty()) {
			problems.add(new FieldProblem("answers", "Give the answers by item id."));
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequest(problems);
		}
		return instrument;
	}

	private static FieldProblem problem(AnswerError error) {
		return new FieldProblem(error.field(), error.message());
	}

}
