package org.alliance.signal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.alliance.api.ClinicalRefusals;
import org.alliance.api.FieldProblem;
import org.alliance.api.FieldRules;
import org.alliance.api.InvalidRequest;
import org.alliance.api.NotFound;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.security.AuditAction;
import org.alliance.security.AuditTrail;
import org.alliance.security.ClinicalAccess;
import org.alliance.security.ClinicalDecision;
import org.alliance.security.Clinics;
import org.alliance.security.CurrentUser;
import org.alliance.security.TreatedClient;
import org.alliance.storage.AsOf;
import org.alliance.storage.TimeOrderedIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The therapist's inbox of signals and the closed loop each follows. A therapist sees and
 * works the signals of their own clients; a supervisor sees the clinic's, and those left
 * unacknowledged too long. A risk signal is also worked by any supervisor of the clinic
 * and by its duty clinicians ({@link ClinicalAccess#coverRisk}), each step under their
 * own name.
 */
@Service
public class SignalInbox {

	private static final Logger log = LoggerFactory.getLogger(SignalInbox.class);

	/** Ten years: no signal is older. */
	private static final Duration MAX_OVERDUE = Duration.ofDays(3650);

	private final SignalRecords records;

	private final AuditTrail audit;

	private final JdbcTemplate jdbc;

	private final SignalSettings settings;

	private final Clock clock;

	private final ClinicalAccess access;

	private final Caseload caseload;

	private final Clinics clinics;

	private final ApplicationEventPublisher events;

	SignalInbox(SignalRecords records, AuditTrail audit, JdbcTemplate jdbc, SignalSettings settings, Clock clock,
			ClinicalAccess access, Caseload caseload, Clinics clinics, ApplicationEventPublisher events) {
		this.records = records;
		this.audit = audit;
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
		this.access = access;
		this.caseload = caseload;
		this.clinics = clinics;
		this.events = events;
	}

	/**
	 * Raises a signal unless the same finding was raised before; true when raised now. A
	 * finding whose session lies further back than {@link SignalSettings#historyAfter()}
	 * (found while catching up, or in imported data) is recorded as
	 * {@link SignalStatus#HISTORY}: its window for repair closed long ago, and an inbox
	 * full of stale findings is one nobody reads. A risk answer always opens, however
	 * old: it is never silent.
	 */
	@Transactional
	public boolean raise(NewSignal signal) {
		return raise(signal, LocalDate.now(this.clock), this.clock.instant());
	}

	/**
	 * Raises a signal as if found on the given day: a bulk import of ratings that came in
	 * as the sessions took place (the demo clinic's history) opens what was found then,
	 * rather than recording it all as history. The import knows the day, not the hour:
	 * the signal counts as raised at the start of that day in the clinic's time zone, so
	 * that whatever was done about it that day (a task renegotiated in the session) comes
	 * after it.
	 * @param foundOn the day the finding counts as found, never null
	 */
	@Transactional
	public boolean raise(NewSignal signal, LocalDate foundOn) {
		Instant startOfDay = foundOn.atStartOfDay(this.clinics.timeZone(signal.clinicId())).toInstant();
		Instant now = this.clock.instant();
		return raise(signal, foundOn, startOfDay.isAfter(now) ? now : startOfDay);
	}

	/**
	 * Raises a signal found at the given moment: a risk answer's when the answer was
	 * submitted, whether just now or in a simulated or imported history (the demo
	 * clinic's answers on their sessions' days). A moment after the clock's now (a clock
	 * set back meanwhile) counts as now: a risk signal is never refused.
	 * @param foundAt never null
	 */
	@Transactional
	public boolean raise(NewSignal signal, Instant foundAt) {
		Instant now = this.clock.instant();
		Instant raisedAt = foundAt.isAfter(now) ? now : foundAt;
		return raise(signal, LocalDate.ofInstant(raisedAt, this.clinics.timeZone(signal.clinicId())), raisedAt);
	}

	private boolean raise(NewSignal signal, LocalDate foundOn, Instant raisedAt) {
		NewSignal forTherapist = toCurrentTherapist(signal);
		SignalStatus status = statusOnRaising(forTherapist, foundOn);
		var raised = this.records.insertIfNew(forTherapist, status, raisedAt);
		raised.ifPresent((id) -> AuditTrail.append(this.jdbc,
				AuditTrail.entry(signal.clinicId(), "evaluation:" + signal.kind(), AuditAction.CREATE, "signal", id)));
		if (raised.isPresent() && Signal.RISK.equals(signal.kind()) && status == SignalStatus.OPEN) {
			announce(new RiskSignalRaised(raised.get(), signal.clinicId(), signal.clientId(),
					forTherapist.therapistId(), raisedAt));
		}
		return raised.isPresent();
	}

	/**
	 * The finding for the client's therapist now: a client moved to another therapist
	 * while the finding was evaluated has their signal raised for the new one.
	 */
	private NewSignal toCurrentTherapist(NewSignal signal) {
		UUID therapist = this.caseload.clientForEvaluation(signal.clinicId(), signal.clientId())
			.map(Client::therapistId)
			.orElse(signal.therapistId());
		return therapist.equals(signal.therapistId()) ? signal
				: new NewSignal(signal.clinicId(), signal.clientId(), therapist, signal.sessionId(), signal.kind(),
						signal.sourceKey(), signal.summary(), signal.evidence(), signal.occurredOn());
	}

	/**
	 * Publishes the event inside the caller's transaction. A listener that fails is
	 * logged, never allowed to undo what was stored: a risk answer is never lost.
	 */
	void announce(Object event) {
		try {
			this.events.publishEvent(event);
		}
		catch (RuntimeException ex) {
			log.error("A listener of {} failed; what was stored stays", event.getClass().getSimpleName(), ex);
		}
	}

	private SignalStatus statusOnRaising(NewSignal signal, LocalDate foundOn) {
		if (signal.occurredOn() == null || "risk".equals(signal.kind())) {
			return SignalStatus.OPEN;
		}
		LocalDate windowClosed = foundOn.minusDays(this.settings.historyAfter().toDays());
		return signal.occurredOn().isBefore(windowClosed) ? SignalStatus.HISTORY : SignalStatus.OPEN;
	}

	/**
	 * The signals this person works, open and resolved: their own clients' for a
	 * therapist, the clinic's otherwise. Signals recorded as history are on the client's
	 * page, not here.
	 */
	public List<Signal> inbox(CurrentUser user) {
		ClinicalRefusals.enforce(this.access.readCaseload(user), "");
		List<Signal> signals = new ArrayList<>(this.access.readsWholeClinic(user)
				? this.records.ofClinic(user.clinicId()) : this.records.ofTherapist(user.clinicId(), user.userId()));
		signals.removeIf((signal) -> signal.status() == SignalStatus.HISTORY);
		signals.sort(SignalPriority.INBOX_ORDER);
		this.audit.recordRead(user, "signal-list", null);
		return signals;
	}

	public List<Signal> ofClient(CurrentUser user, UUID clientId, UUID therapistId) {
		ClinicalRefusals.enforce(this.access.read(user, new TreatedClient(user.clinicId(), clientId, therapistId)),
				"No client " + clientId + " among the clients you may see.");
		this.audit.recordRead(user, "signal-list", clientId);
		List<Signal> signals = new ArrayList<>(this.records.ofClient(user.clinicId(), clientId));
		signals.sort(SignalPriority.INBOX_ORDER);
		return signals;
	}

	public Signal open(CurrentUser user, UUID signalId) {
		Signal signal = visible(user, signalId);
		this.audit.recordRead(user, "signal", signalId);
		return signal;
	}

	@Transactional
	public Signal acknowledge(CurrentUser user, UUID signalId) {
		return save(user, treating(user, signalId).acknowledged(user.email(), this.clock.instant()));
	}

	/**
	 * Acknowledges the signal as {@link #acknowledge(CurrentUser, UUID)} does, at a past
	 * moment: a step of a simulated or imported history (the demo clinic's therapists
	 * working their inbox on the days they did). No route calls it: a person's step is
	 * recorded when it is taken.
	 * @param asOf not in the future, nor before the signal's last step
	 */
	@Transactional
	public Signal acknowledge(CurrentUser user, UUID signalId, Instant asOf) {
		Signal treated = treating(user, signalId);
		return save(user, treated.acknowledged(user.email(), stepAsOf(treated, asOf)));
	}

	/**
	 * Records one step taken that involves no contact time, e.g. a repair step with the
	 * therapist's note; a step of a risk signal needs
	 * {@link #recordAction(CurrentUser, UUID, String, String, String)}.
	 */
	@Transactional
	public Signal recordAction(CurrentUser user, UUID signalId, String step, String note) {
		return recordAction(user, signalId, step, note, null);
	}

	/**
	 * Records one step taken, under the name of whoever takes it. A step of a risk signal
	 * records when the client was reached as well as when it is recorded.
	 * @param contactedAt for a step of a risk signal, when the client was reached: a date
	 * and time in the clinic's time zone ({@code 2026-05-04T14:30}) or with an offset
	 * ({@code 2026-05-04T13:30Z}), not in the future and not before the signal was
	 * raised; null or blank for any other step
	 * @throws InvalidRequest naming {@code step}, {@code note} or {@code contactedAt}
	 */
	@Transactional
	public Signal recordAction(CurrentUser user, UUID signalId, String step, String note, String contactedAt) {
		return recordAction(user, treating(user, signalId), step, note, contactedAt, this.clock.instant());
	}

	/**
	 * Records one step taken as
	 * {@link #recordAction(CurrentUser, UUID, String, String, String)} does, at a past
	 * moment: a step of a simulated or imported history. The client cannot have been
	 * reached after that moment. No route calls it: a person's step is recorded when it
	 * is taken.
	 * @param asOf not in the future, nor before the signal's last step
	 */
	@Transactional
	public Signal recordAction(CurrentUser user, UUID signalId, String step, String note, String contactedAt,
			Instant asOf) {
		Signal treated = treating(user, signalId);
		return recordAction(user, treated, step, note, contactedAt, stepAsOf(treated, asOf));
	}

	private Signal recordAction(CurrentUser user, Signal treated, String step, String note, String contactedAt,
			Instant now) {
		UUID signalId = treated.id();
		List<FieldProblem> problems = new ArrayList<>();
		SignalStep taken = SignalStep.of(treated.kind(), step).orElse(null);
		if (taken == null) {
			problems.add(new FieldProblem("step", "Use one of the steps for this signal: "
					+ String.join(", ", SignalStep.forKind(treated.kind()).stream().map(SignalStep::code).toList())
					+ "."));
		}
		FieldRules.text(problems, "note", note, 4000, taken != null && taken.noteRequired());
		Instant reached = null;
		if (treated.risk()) {
			reached = ClientReached.read(problems, contactedAt, this.clinics.timeZone(treated.clinicId()),
					treated.raisedAt(), now);
		}
		else if (contactedAt != null && !contactedAt.isBlank()) {
			problems.add(new FieldProblem("contactedAt",
					"Only a step of a risk signal records when the client was reached; leave it out."));
		}
		FieldRules.refuseIfAny(problems);
		SignalAction action = new SignalAction(TimeOrderedIds.next(), step, note, user.email(), now, reached);
		Signal signal = treated.withAction(action);
		this.records.insert(user.clinicId(), signalId, action);
		return save(user, signal);
	}

	/**
	 * Closes the signal: after steps were taken with what came of them, or without a step
	 * with a reason ({@link ResolutionReason}).
	 * @param outcome what came of it, up to 400 characters; required unless the reason is
	 * a false alarm or the client's declining
	 * @param reason {@code false-alarm}, {@code client-declined}, {@code other} or null
	 * @throws InvalidRequest naming {@code outcome} or {@code reason}
	 */
	@Transactional
	public Signal resolve(CurrentUser user, UUID signalId, String outcome, String reason) {
		return resolve(user, treating(user, signalId), outcome, reason, this.clock.instant());
	}

	/**
	 * Closes the signal as {@link #resolve(CurrentUser, UUID, String, String)} does, at a
	 * past moment: a step of a simulated or imported history. No route calls it: a
	 * person's step is recorded when it is taken.
	 * @param asOf not in the future, nor before the signal's last step
	 */
	@Transactional
	public Signal resolve(CurrentUser user, UUID signalId, String outcome, String reason, Instant asOf) {
		Signal treated = treating(user, signalId);
		return resolve(user, treated, outcome, reason, stepAsOf(treated, asOf));
	}

	private Signal resolve(CurrentUser user, Signal treated, String outcome, String reason, Instant now) {
		List<FieldProblem> problems = new ArrayList<>();
		ResolutionReason why = null;
		if (reason != null && !reason.isBlank()) {
			why = ResolutionReason.fromWire(reason).orElse(null);
			if (why == null) {
				problems.add(new FieldProblem("reason", ResolutionReason.CHOICES));
			}
		}
		boolean outcomeNeeded = why == null || why == ResolutionReason.OTHER;
		FieldRules.text(problems, "outcome", outcome, 400, outcomeNeeded);
		FieldRules.refuseIfAny(problems);
		return save(user, treated.resolved(user.email(), now, outcome, why));
	}

	/**
	 * The moment of a step of a history, checked: in the past, and not before the
	 * signal's last step, so that the history reads in the order it was worked.
	 */
	private Instant stepAsOf(Signal signal, Instant asOf) {
		AsOf.past(asOf, this.clock);
		Instant last = signal.lastStepAt();
		if (asOf.isBefore(last)) {
			throw new IllegalArgumentException(
					"A step of signal " + signal.id() + " at " + asOf + " comes before its last one, at " + last);
		}
		return asOf;
	}

	/**
	 * For a supervisor: per kind of signal, how many were resolved and how many of those
	 * as false alarms, the measure of alert fatigue.
	 */
	public Map<String, FalseAlarms> falseAlarms(CurrentUser user) {
		ClinicalRefusals.enforce(this.access.readClinicFigures(user), "");
		Map<String, FalseAlarms> byKind = new TreeMap<>();
		for (Signal signal : this.records.ofClinic(user.clinicId())) {
			if (signal.status() == SignalStatus.RESOLVED) {
				byKind.merge(signal.kind(),
						new FalseAlarms(1, (signal.resolutionReason() == ResolutionReason.FALSE_ALARM) ? 1 : 0),
						FalseAlarms::plus);
			}
		}
		this.audit.recordRead(user, "signal-false-alarms", null);
		return byKind;
	}

	/**
	 * For a supervisor: the clinic's signals still unacknowledged after the given time.
	 */
	public List<Signal> unacknowledged(CurrentUser user, Duration olderThan) {
		if (olderThan.isNegative() || olderThan.compareTo(MAX_OVERDUE) > 0) {
			throw InvalidRequest.of("days", "Give a number of days from 0 to " + MAX_OVERDUE.toDays() + ".");
		}
		ClinicalRefusals.enforce(this.access.readClinicFigures(user), "");
		this.audit.recordRead(user, "signal-overdue", null);
		return this.records.unacknowledgedSince(user.clinicId(), this.clock.instant().minus(olderThan));
	}

	private Signal save(CurrentUser user, Signal signal) {
		this.records.update(signal);
		AuditTrail.append(this.jdbc,
				AuditTrail.entry(user.clinicId(), user.email(), AuditAction.UPDATE, "signal", signal.id()));
		return signal;
	}

	/**
	 * For a supervisor or a duty clinician: the clinic's risk signals still to work,
	 * every client's, in inbox order.
	 * @throws org.alliance.api.Forbidden for anyone else
	 */
	public List<Signal> riskOfClinic(CurrentUser user) {
		ClinicalRefusals.enforce(this.access.readCaseload(user), "");
		if (this.access.riskCover(user).isEmpty()) {
			throw new org.alliance.api.Forbidden("role",
					"Only a supervisor or a duty clinician sees the risk signals of every client of the clinic.");
		}
		List<Signal> signals = new ArrayList<>(this.records.riskInLoop(user.clinicId()));
		signals.sort(SignalPriority.INBOX_ORDER);
		this.audit.recordRead(user, "risk-signal-list", null);
		return signals;
	}

	/**
	 * Whether the person covers the risk signals of every client of the clinic: a
	 * supervisor, or a duty clinician.
	 */
	public boolean coversClinicRisk(CurrentUser user) {
		return this.access.riskCover(user).isPresent();
	}

	/** The clinic's time to acknowledge a risk signal before it is overdue. */
	public Duration riskAcknowledgedWithin(UUID clinicId) {
		return this.clinics.riskAcknowledgedWithin(clinicId);
	}

	/** Since when the signal is overdue, judged now by its clinic's setting. */
	public Optional<Instant> overdueSince(Signal signal) {
		return signal.risk() ? signal.overdueSince(riskAcknowledgedWithin(signal.clinicId()), this.clock.instant())
				: Optional.empty();
	}

	/**
	 * Whether the person works this signal: the client's own therapist, or a supervisor
	 * acting for them, and for a risk signal any supervisor or duty clinician of the
	 * clinic; a supervisor otherwise looks on.
	 */
	public boolean works(CurrentUser user, Signal signal) {
		return working(user, signal).allowed();
	}

	/**
	 * Whether the person reads the whole record of the signal's client, rather than only
	 * what covering its risk signal needs.
	 */
	public boolean readsRecord(CurrentUser user, Signal signal) {
		return this.access.read(user, treated(signal)).allowed();
	}

	private ClinicalDecision working(CurrentUser user, Signal signal) {
		return signal.risk() ? this.access.coverRisk(user, treated(signal)) : this.access.act(user, treated(signal));
	}

	/** Who works the signal: see {@link #works}. */
	private Signal treating(CurrentUser user, UUID signalId) {
		Signal signal = visible(user, signalId);
		ClinicalRefusals.enforce(working(user, signal), unseen(signalId));
		return signal;
	}

	/**
	 * The signal, if the person may read it: as the client's record says, and a risk
	 * signal also for whoever covers it.
	 */
	private Signal visible(CurrentUser user, UUID signalId) {
		// An account that reads no clinical record is refused before the lookup, whether
		// or not the signal exists.
		ClinicalRefusals.enforce(this.access.readCaseload(user), "");
		Signal signal = this.records.find(user.clinicId(), signalId)
			.orElseThrow(() -> new NotFound("id", unseen(signalId)));
		ClinicalRefusals.enforce(
				signal.risk() ? this.access.coverRisk(user, treated(signal)) : this.access.read(user, treated(signal)),
				unseen(signalId));
		return signal;
	}

	private static String unseen(UUID signalId) {
		return "No signal " + signalId + " among those you may see.";
	}

	private static TreatedClient treated(Signal signal) {
		return new TreatedClient(signal.clinicId(), signal.clientId(), signal.therapistId());
	}

}
