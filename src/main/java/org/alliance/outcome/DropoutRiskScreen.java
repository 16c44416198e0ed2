package org.alliance.outcome;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.alliance.care.Attendance;
import org.alliance.care.AttendanceRecorded;
import org.alliance.care.CareSession;
import org.alliance.care.Caseload;
import org.alliance.care.ClinicCare;
import org.alliance.measure.ResponseRecorded;
import org.alliance.signal.NewSignal;
import org.alliance.signal.ScreenSweeps;
import org.alliance.signal.SignalInbox;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Raises a {@code dropout-risk} signal when an open episode's dropout risk
 * ({@link DropoutRisk}) is at or above {@code alliance.outcome.dropout-signal-risk}: one
 * per episode (source key {@code dropout-risk:<episode>}), so a client who stays at risk
 * is not raised again, and only while the episode is open. The signal belongs to the
 * session from which the episode has a risk (its first attended session numbered at or
 * after the landmark L), with that session's date: a finding of a session long past is
 * recorded as history, as for every other kind, since the early window for keeping a
 * client in therapy (Swift &amp; Greenberg 2015) has closed.
 * <p>
 * Judged after each of a client's answers that can change the risk (PHQ-9, GAD-7 or
 * alliance check at sessions 1 to L, or at the session that reaches the landmark), and
 * for every open episode after each refit of the clinic's model, which happens once after
 * start-up, every night and on demand. Never fitted here: only the kept model is read.
 * Raising is idempotent, so evaluating again raises nothing new. Evaluations run one at a
 * time on their own thread, so that a submission never waits for them.
 */
@Component
public class DropoutRiskScreen implements DisposableBean {

	/** The kind of signal raised. */
	public static final String KIND = "dropout-risk";

	private static final Logger log = LoggerFactory.getLogger(DropoutRiskScreen.class);

	private final DropoutRisk dropoutRisk;

	private final Caseload caseload;

	private final SignalInbox inbox;

	private final ScreenSweeps sweeps;

	private final ExecutorService evaluations = Executors.newSingleThreadExecutor((r) -> {
		Thread thread = new Thread(r, "dropout-risk-evaluation");
		thread.setDaemon(true);
		return thread;
	});

	DropoutRiskScreen(DropoutRisk dropoutRisk, Caseload caseload, SignalInbox inbox, ScreenSweeps sweeps) {
		this.sweeps = sweeps;
		this.dropoutRisk = dropoutRisk;
		this.caseload = caseload;
		this.inbox = inbox;
	}

	/** Clinics being imported, whose episodes are judged once all is in. */
	private final Set<UUID> importing = ConcurrentHashMap.newKeySet();

	/**
	 * Stops judging the clinic after answers and refits, for a bulk import whose answers
	 * arrive out of order; {@link #resumeAndEvaluate} judges it once they are all in and
	 * its model is fitted. Every other clinic is judged as before.
	 * @param clinicId the clinic being imported
	 */
	public void suspend(UUID clinicId) {
		this.importing.add(clinicId);
	}

	/**
	 * Judges every open episode of the imported clinic with the kept model, now, as if
	 * each had been judged when it reached its landmark session: a finding is raised as
	 * found on that session's day, so that an import opens its signals (or the
	 * therapists' worked record of them) rather than recording them all as history. Then
	 * judges as answers and refits come.
	 * @return the signals raised
	 */
	public int resumeAndEvaluate(UUID clinicId) {
		this.importing.remove(clinicId);
		try {
			return (int) this.dropoutRisk.openEpisodesAtRisk(clinicId)
				.stream()
				.filter((atRisk) -> raise(clinicId, atRisk, atRisk.landmark().date()))
				.count();
		}
		catch (RuntimeException ex) {
			log.warn("Dropout-risk evaluation of the import into clinic {} failed", clinicId, ex);
			return 0;
		}
	}

	@EventListener
	void on(ResponseRecorded recorded) {
		if (!this.importing.contains(recorded.clinicId()) && "client".equals(recorded.respondent())
				&& StoredCourses.INSTRUMENTS.contains(recorded.instrument())
				&& this.dropoutRisk.hasModel(recorded.clinicId())) {
			evaluateLater(() -> evaluateAfter(recorded));
		}
	}

	/**
	 * A booked session recorded as attended may be the one that reaches the landmark:
	 * from then on the client has a risk.
	 */
	@EventListener
	void on(AttendanceRecorded recorded) {
		if (!this.importing.contains(recorded.clinicId()) && recorded.attendance() == Attendance.ATTENDED
				&& this.dropoutRisk.hasModel(recorded.clinicId())) {
			evaluateLater(() -> evaluateClient(recorded.clinicId(), recorded.clientId()));
		}
	}

	private void evaluateClient(UUID clinicId, UUID clientId) {
		try {
			ClinicCare care = this.caseload.clientCareForEvaluation(clinicId, clientId);
			this.dropoutRisk.clientAtRisk(clinicId, care).ifPresent((atRisk) -> raise(clinicId, atRisk, null));
		}
		catch (RuntimeException ex) {
			log.warn("Dropout-risk evaluation of client {} failed; it runs again after the next refit", clientId, ex);
		}
	}

	@EventListener
	void on(DropoutModelRefitted refitted) {
		if (this.importing.contains(refitted.clinicId())) {
			return;
		}
		// The whole clinic, on the screens' sweep thread: an answer is never judged
		// behind
		// it.
		this.sweeps.sweep("dropout risk after a refit", () -> evaluateClinic(refitted.clinicId()));
	}

	/**
	 * Queues an evaluation, unless the application is closing: a refit or an answer that
	 * finishes while it shuts down (a one-shot command's start-up refit, say) is judged
	 * by the refit after the next start, which judges every open episode.
	 */
	private void evaluateLater(Runnable evaluation) {
		try {
			this.evaluations.submit(evaluation);
		}
		catch (RejectedExecutionException ex) {
			log.debug("Not judging now: the application is closing");
		}
	}

	/**
	 * Judges every open episode of the clinic with the kept model.
	 * @return the signals raised now
	 */
	int evaluateClinic(UUID clinicId) {
		try {
			return (int) this.dropoutRisk.openEpisodesAtRisk(clinicId)
				.stream()
				.filter((atRisk) -> raise(clinicId, atRisk, null))
				.count();
		}
		catch (RuntimeException ex) {
			log.warn("Dropout-risk evaluation of clinic {} failed; it runs again after the next refit", clinicId, ex);
			return 0;
		}
	}

	/** Judges the client's open episode when the answer's session can change its risk. */
	private void evaluateAfter(ResponseRecorded recorded) {
		try {
			ClinicCare care = this.caseload.clientCareForEvaluation(recorded.clinicId(), recorded.clientId());
			Optional<CareSession> session = care.sessions()
				.stream()
				.filter((s) -> s.id().equals(recorded.sessionId()))
				.findFirst();
			if (session.isPresent() && changesTheRisk(care, session.get())) {
				this.dropoutRisk.clientAtRisk(recorded.clinicId(), care)
					.ifPresent((atRisk) -> raise(recorded.clinicId(), atRisk, null));
			}
		}
		catch (RuntimeException ex) {
			log.warn("Dropout-risk evaluation of client {} failed; it runs again after the next refit",
					recorded.clientId(), ex);
		}
	}

	/**
	 * Whether an answer at this session can change the risk: the session is in an open
	 * episode and is one the features read (1 to L) or the one that reaches the landmark.
	 */
	private boolean changesTheRisk(ClinicCare care, CareSession session) {
		boolean open = care.episodes().stream().anyMatch((e) -> e.open() && e.id().equals(session.episodeId()));
		int landmark = this.dropoutRisk.landmarkSession();
		if (!open || session.number() <= landmark) {
			return open;
		}
		return care.sessions()
			.stream()
			.filter((s) -> s.episodeId().equals(session.episodeId()) && s.number() >= landmark
					&& s.attendance() == Attendance.ATTENDED)
			.min(Comparator.comparingInt(CareSession::number))
			.map((first) -> first.id().equals(session.id()))
			.orElse(false);
	}

	/**
	 * Raises the finding; true when raised now.
	 * @param foundOn the day it counts as found, or null for today
	 */
	private boolean raise(UUID clinicId, ClientAtRisk atRisk, LocalDate foundOn) {
		String method = (this.dropoutRisk.model(clinicId) instanceof DropoutModelReport.Fitted fitted) ? fitted.phrase()
				: null;
		DropoutRiskFinding finding = new DropoutRiskFinding(atRisk, this.dropoutRisk.landmarkSession(),
				this.dropoutRisk.signalLevel(clinicId), method);
		NewSignal signal = new NewSignal(clinicId, atRisk.clientId(), atRisk.therapistId(), atRisk.landmark().id(),
				KIND, KIND + ":" + atRisk.episodeId(), finding.summary(), finding.evidence(), atRisk.landmark().date());
		return (foundOn == null) ? this.inbox.raise(signal) : this.inbox.raise(signal, foundOn);
	}

	@Override
	public void destroy() {
		this.evaluations.shutdownNow();
	}

}
