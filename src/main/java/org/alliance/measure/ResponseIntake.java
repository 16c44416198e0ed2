package org.alliance.measure;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.alliance.api.Conflict;
import org.alliance.api.FieldProblem;
import org.alliance.api.InvalidRequest;
import org.alliance.care.Caseload;
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
import org.alliance.storage.AsOf;
import org.alliance.storage.DurableWrite;
import org.alliance.storage.GroupCommit;
import org.alliance.storage.TimeOrderedIds;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * How every response comes in, whatever its door ({@link Responses} decides who may use
 * which): validated against its instrument, scored, held to the rules of its session
 * (open to measures, one answer per measure and respondent), made idempotent, durably
 * written and announced.
 */
@Component
class ResponseIntake {

	private final Caseload caseload;

	private final InstrumentCatalog instruments;

	private final GroupCommit groupCommit;

	private final ObjectProvider<ArrivalScreen> arrivalScreens;

	private final ResponseRecords records;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ResponseIntake(Caseload caseload, InstrumentCatalog instruments, GroupCommit groupCommit, ResponseRecords records,
			ApplicationEventPublisher events, Clock clock, ObjectProvider<ArrivalScreen> arrivalScreens) {
		this.arrivalScreens = arrivalScreens;
		this.caseload = caseload;
		this.instruments = instruments;
		this.groupCommit = groupCommit;
		this.records = records;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The one way a response comes in, whatever the door: validated, scored, checked
	 * against its session (open to measures, not yet answered), durably written, then
	 * announced, so that every evaluation (ruptures, outcomes, the risk screen) hears of
	 * every response. The database holds one current response per session, measure and
	 * respondent, so that concurrent requests cannot store two either.
	 */
	Recorded store(Intake in, Function<NewResponse, DurableWrite<Recorded>> durable) {
		SessionOfClient session = in.session();
		Instrument instrument = validInstrument(in.submission());
		boolean onBehalf = in.byStaff() && instrument.respondent() == Respondent.CLIENT;
		ScoringResult result = InstrumentScoring.score(instrument, in.submission().answers());
		if (result instanceof ScoringResult.Rejected rejected) {
			throw new InvalidRequest(rejected.errors().stream().map(ResponseIntake::problem).toList());
		}
		String requestHash = in.fingerprint(onBehalf);
		if (in.idempotencyKey() != null) {
			var earlier = this.records.byIdempotencyKey(session.clinicId(), in.actor(), in.idempotencyKey());
			if (earlier.isPresent()) {
				return replay(session, earlier.get(), requestHash, in.actor());
			}
		}
		openToMeasures(session);
		if (in.corrects() == null) {
			var existing = this.records.current(session.clinicId(), session.session().id(), instrument.code(),
					instrument.respondent().wireName());
			if (existing.isPresent()) {
				return replayOrRefuse(in, requestHash, alreadyAnswered(instrument, session, existing.get().id()));
			}
		}
		else if (in.corrects().superseded()) {
			throw superseded(in.corrects().id(), in.corrects().supersededBy());
		}
		var scores = ((ScoringResult.Scored) result).scores();
		UUID id = TimeOrderedIds.next();
		UUID corrects = (in.corrects() != null) ? in.corrects().id() : null;
		Instant submittedAt = (in.asOf() != null) ? AsOf.past(in.asOf(), this.clock) : this.clock.instant();
		NewResponse write = new NewResponse(id, session, instrument.code(), instrument.respondent().wireName(),
				in.idempotencyKey(), requestHash, in.actor(), onBehalf, submittedAt, in.submission().answers(), scores,
				NewResponse.auditOf(session, in.actor(), id, corrects), corrects, in.reason(),
				awaitsScreen(instrument.code(), in.submission().answers()) ? this.clock.instant() : null);
		Recorded recorded;
		try {
			recorded = this.groupCommit.commit(durable.apply(write));
		}
		catch (DuplicateKeyException ex) {
			return afterDuplicate(in, instrument, requestHash, ex);
		}
		catch (ResponseCorrection.AlreadyCorrected ex) {
			throw supersededMeanwhile(session, in.corrects());
		}
		this.events.publishEvent(new ResponseRecorded(session.clinicId(), session.clientId(), session.session().id(),
				id, instrument.code(), instrument.respondent().wireName(), Map.copyOf(in.submission().answers()),
				scores, submittedAt));
		return recorded;
	}

	/** Whether a screen must judge the answer before it is acknowledged. */
	private boolean awaitsScreen(String instrument, Map<String, Answer> answers) {
		// Looked up per answer rather than injected: the screens read responses through
		// this module, so they are made after it.
		return this.arrivalScreens.orderedStream().anyMatch((screen) -> screen.concerns(instrument, answers));
	}

	/**
	 * A write that broke a unique constraint: the same submitter sent the same key twice
	 * at once (the other request stored it first: answered with it), or another request
	 * stored the session's answer to the measure first (refused naming it).
	 */
	private Recorded afterDuplicate(Intake in, Instrument instrument, String requestHash, DuplicateKeyException ex) {
		SessionOfClient session = in.session();
		StoredResponse existing = this.records
			.current(session.clinicId(), session.session().id(), instrument.code(), instrument.respondent().wireName())
			.orElse(null);
		if (existing == null) {
			// Not the session's answer in the way: the same key, stored meanwhile.
			return this.records.byIdempotencyKey(session.clinicId(), in.actor(), in.idempotencyKey())
				.map((earlier) -> replay(session, earlier, requestHash, in.actor()))
				.orElseThrow(() -> ex);
		}
		return replayOrRefuse(in, requestHash, alreadyAnswered(instrument, session, existing.id()));
	}

	/**
	 * The session already has its answer: a retry of the request that stored it (the same
	 * key, committed since this request first looked) is answered with it, anything else
	 * refused naming it.
	 */
	private Recorded replayOrRefuse(Intake in, String requestHash, AlreadyAnswered refusal) {
		SessionOfClient session = in.session();
		if (in.idempotencyKey() != null) {
			var earlier = this.records.byIdempotencyKey(session.clinicId(), in.actor(), in.idempotencyKey());
			if (earlier.isPresent()) {
				return replay(session, earlier.get(), requestHash, in.actor());
			}
		}
		throw refusal;
	}

	/** Refuses a session that was cancelled or lies after its episode's end. */
	private void openToMeasures(SessionOfClient session) {
		ClosedSession.why(session.session(), this.caseload.episodeEnd(session)).ifPresent((why) -> {
			throw ClosedSession.refusal(session.session(), why);
		});
	}

	private static AlreadyAnswered alreadyAnswered(Instrument instrument, SessionOfClient session, UUID existing) {
		return new AlreadyAnswered(instrument.title(), instrument.code(), session.session().number(), existing);
	}

	private Conflict supersededMeanwhile(SessionOfClient session, StoredResponse corrected) {
		UUID current = this.records.byId(session.clinicId(), corrected.id())
			.map(StoredResponse::supersededBy)
			.orElse(null);
		return superseded(corrected.id(), current);
	}

	private static Conflict superseded(UUID corrected, UUID current) {
		return new Conflict("id",
				"Response " + corrected + " was already corrected (by response " + current
						+ "); correct the current version.",
				(current != null) ? Map.of("currentResponse", current) : Map.of());
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

	/**
	 * A submission as it came in: to which session, by whom ({@code actor}: an email,
	 * {@link Responses#CLIENT_LINK} or {@link Responses#SIMULATED_CLIENT}), whether by
	 * staff, for a correction the version it corrects and why, and for an answer of a
	 * simulated or imported history the moment it stands for ({@code asOf}; null for an
	 * answer as it comes in, stored at the clock's now).
	 */
	record Intake(SessionOfClient session, Submission submission, String idempotencyKey, String actor, boolean byStaff,
			StoredResponse corrects, String reason, Instant asOf) {

		Intake(SessionOfClient session, Submission submission, String idempotencyKey, String actor, boolean byStaff,
				StoredResponse corrects, String reason) {
			this(session, submission, idempotencyKey, actor, byStaff, corrects, reason, null);
		}

		String fingerprint(boolean onBehalf) {
			UUID sessionId = this.session.session().id();
			return (this.corrects == null) ? SubmissionFingerprint.of(sessionId, this.submission, onBehalf)
					: SubmissionFingerprint.ofCorrection(sessionId, this.submission, onBehalf, this.corrects.id(),
							this.reason);
		}

	}

}
