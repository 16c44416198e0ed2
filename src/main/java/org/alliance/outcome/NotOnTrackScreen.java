package org.alliance.outcome;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.care.Episode;
import org.alliance.measure.ResponseRecorded;
import org.alliance.measure.Responses;
import org.alliance.measure.StoredResponse;
import org.alliance.security.UserAccounts;
import org.alliance.signal.NewSignal;
import org.alliance.signal.ScreenSweeps;
import org.alliance.signal.SignalInbox;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Raises a {@code not-on-track} signal when a client's latest PHQ-9 makes the verdict red
 * ({@link NotOnTrack}): one per episode of care (source key
 * {@code not-on-track:<episode>}), so a client who stays off track is not raised again at
 * every session, and only while the episode is open. The episode is judged after each
 * PHQ-9 is stored, for every open episode at start-up (a signal missed because the server
 * stopped at the wrong moment is raised then) and after a refit of the clinic's expected
 * treatment response (a new fit can move the band). Raising is idempotent, so evaluating
 * again raises nothing new. Evaluations after a PHQ-9 run one at a time on their own
 * thread, so that a submission never waits for them; the start-up catch-up and the
 * re-judging after a refit run on the screens' sweep thread ({@link ScreenSweeps}), so
 * that an answer is never judged behind them.
 */
@Component
public class NotOnTrackScreen implements DisposableBean {

	/** The kind of signal raised. */
	public static final String KIND = "not-on-track";

	private static final String EVALUATION = "not-on-track";

	private static final Logger log = LoggerFactory.getLogger(NotOnTrackScreen.class);

	private final ExpectedResponse expected;

	private final Responses responses;

	private final Caseload caseload;

	private final SignalInbox inbox;

	private final UserAccounts accounts;

	private final ScreenSweeps sweeps;

	private final ExecutorService evaluations = Executors.newSingleThreadExecutor((r) -> {
		Thread thread = new Thread(r, "not-on-track-evaluation");
		thread.setDaemon(true);
		return thread;
	});

	/** Clinics being imported, whose episodes are judged once all answers are in. */
	private final Set<UUID> importing = ConcurrentHashMap.newKeySet();

	NotOnTrackScreen(ExpectedResponse expected, Responses responses, Caseload caseload, SignalInbox inbox,
			UserAccounts accounts, ScreenSweeps sweeps) {
		this.sweeps = sweeps;
		this.expected = expected;
		this.responses = responses;
		this.caseload = caseload;
		this.inbox = inbox;
		this.accounts = accounts;
	}

	/**
	 * Stops judging the clinic after each PHQ-9 and refit, for a bulk import whose
	 * answers arrive out of order (an intake stored after a later session would be judged
	 * as no intake); {@link #resumeAndEvaluate} judges it once they are all in. Every
	 * other clinic is judged as before.
	 * @param clinicId the clinic being imported
	 */
	public void suspend(UUID clinicId) {
		this.importing.add(clinicId);
	}

	/**
	 * Judges the clinic's imported answers as if they had come in as their sessions took
	 * place, then judges as answers come. Each episode, open or since ended, is judged
	 * session by session, as it would have been after each PHQ-9; the first red verdict
	 * is raised as found on its session's day, so that the clinic's history opens its
	 * signals rather than recording them all as history, and a client who was off track
	 * and has since come back is not missed.
	 */
	public void resumeAndEvaluate(UUID clinicId) {
		this.importing.remove(clinicId);
		try {
			byEpisode(this.responses.forEvaluation(clinicId, List.of(ExpectedResponse.INSTRUMENT), EVALUATION))
				.forEach((episode, stored) -> replay(clinicId, episode, stored));
		}
		catch (RuntimeException ex) {
			log.warn("Not-on-track evaluation of the import into clinic {} failed", clinicId, ex);
		}
	}

	@EventListener
	void on(ResponseRecorded recorded) {
		if (!this.importing.contains(recorded.clinicId()) && ExpectedResponse.INSTRUMENT.equals(recorded.instrument())
				&& "client".equals(recorded.respondent())) {
			this.evaluations.submit(() -> evaluateAfter(recorded));
		}
	}

	@EventListener
	void afterStartUp(ApplicationReadyEvent ready) {
		// A one-shot command (token, user, clinic …) leaves this to the server, whose
		// start runs it: a command's output is its answer, and it exits at once.
		if (!ready.getApplicationContext()
			.getEnvironment()
			.getProperty("alliance.one-shot-command", Boolean.class, false)) {
			catchUp();
		}
	}

	void catchUp() {
		this.sweeps.sweep("not on track, every clinic", () -> this.accounts.clinicIds().forEach(this::evaluateClinic));
	}

	@EventListener
	void on(EtrRefitted refitted) {
		if (this.importing.contains(refitted.clinicId())) {
			return;
		}
		this.sweeps.sweep("not on track after a refit", () -> evaluateClinic(refitted.clinicId()));
	}

	/** Judges the open episode the stored PHQ-9 belongs to. */
	private void evaluateAfter(ResponseRecorded recorded) {
		try {
			this.caseload.sessionForLink(recorded.clinicId(), recorded.sessionId())
				.filter(this.caseload::inOpenEpisode)
				.ifPresent((session) -> evaluate(recorded.clinicId(), session.session().episodeId(),
						this.responses.ofClientForEvaluation(recorded.clinicId(), recorded.clientId(), EVALUATION)));
		}
		catch (RuntimeException ex) {
			log.warn("Not-on-track evaluation of client {} failed; it runs again with the next PHQ-9 or at start-up",
					recorded.clientId(), ex);
		}
	}

	/** Judges every open episode of the clinic with a PHQ-9, as it stands today. */
	void evaluateClinic(UUID clinicId) {
		try {
			Set<UUID> ended = this.caseload.endedEpisodesForEvaluation(clinicId)
				.stream()
				.map(Episode::id)
				.collect(Collectors.toSet());
			byEpisode(this.responses.forEvaluation(clinicId, List.of(ExpectedResponse.INSTRUMENT), EVALUATION))
				.forEach((episode, stored) -> {
					if (!ended.contains(episode)) {
						evaluate(clinicId, episode, stored);
					}
				});
		}
		catch (RuntimeException ex) {
			log.warn("Not-on-track evaluation of clinic {} failed; it runs again at the next start-up", clinicId, ex);
		}
	}

	/**
	 * Judges one episode as it stands and raises a finding as found today: one of a
	 * session long past (found while catching up) is recorded as history, not opened.
	 */
	private void evaluate(UUID clinicId, UUID episodeId, List<StoredResponse> stored) {
		List<ScoredSession> scores = ScoredSession.of(stored, ExpectedResponse.INSTRUMENT, episodeId);
		NotOnTrack.of(scores, this.expected.judge(clinicId, scores))
			.ifPresent((finding) -> raise(clinicId, episodeId, stored, finding, false));
	}

	/**
	 * Judges one episode after each of its sessions in turn; raises the first finding.
	 */
	private void replay(UUID clinicId, UUID episodeId, List<StoredResponse> stored) {
		List<ScoredSession> scores = ScoredSession.of(stored, ExpectedResponse.INSTRUMENT, episodeId);
		for (int upTo = 2; upTo <= scores.size(); upTo++) {
			List<ScoredSession> then = scores.subList(0, upTo);
			Optional<NotOnTrack> finding = NotOnTrack.of(then, this.expected.judge(clinicId, then));
			if (finding.isPresent()) {
				raise(clinicId, episodeId, stored, finding.get(), true);
				return;
			}
		}
	}

	/**
	 * Raises the finding with the session and date of the PHQ-9 it judged.
	 * @param asFoundOn whether it counts as found on its session's day (an import), or
	 * today
	 */
	private void raise(UUID clinicId, UUID episodeId, List<StoredResponse> stored, NotOnTrack finding,
			boolean asFoundOn) {
		StoredResponse judged = stored.stream()
			.filter((r) -> ExpectedResponse.INSTRUMENT.equals(r.instrument()) && "client".equals(r.respondent())
					&& episodeId.equals(r.episodeId()) && r.sessionNumber() == finding.latest().session())
			.max(Comparator.comparing(StoredResponse::submittedAt))
			.orElseThrow();
		Client client = this.caseload.clientForEvaluation(clinicId, judged.clientId()).orElseThrow();
		NewSignal signal = new NewSignal(clinicId, client.id(), client.therapistId(), judged.sessionId(), KIND,
				KIND + ":" + episodeId, finding.summary(), finding.evidence(), judged.sessionDate());
		if (asFoundOn && signal.occurredOn() != null) {
			this.inbox.raise(signal, signal.occurredOn());
		}
		else {
			this.inbox.raise(signal);
		}
	}

	/** PHQ-9 answers by episode, in the order stored. */
	private static Map<UUID, List<StoredResponse>> byEpisode(List<StoredResponse> stored) {
		Map<UUID, List<StoredResponse>> byEpisode = new LinkedHashMap<>();
		stored.stream()
			.filter((r) -> r.episodeId() != null)
			.forEach((r) -> byEpisode.computeIfAbsent(r.episodeId(), (k) -> new ArrayList<>()).add(r));
		return byEpisode;
	}

	@Override
	public void destroy() {
		this.evaluations.shutdownNow();
	}

}
