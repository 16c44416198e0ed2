package org.alliance.alliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.alliance.alliance.EvaluatedClient.RatedSession;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.measure.ResponseRecorded;
import org.alliance.security.UserAccounts;
import org.alliance.signal.NewSignal;
import org.alliance.signal.ScreenSweeps;
import org.alliance.signal.SignalInbox;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Raises a signal in the therapist's inbox for each rupture episode the configured rule
 * finds and for each run of therapist over-estimates. Evaluation is idempotent (each
 * finding has a source key), so it runs after every alliance rating and once more for
 * every client at start-up: a signal missed because the server stopped at the wrong
 * moment is raised then.
 */
@Component
public class AllianceEvaluation implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(AllianceEvaluation.class);

	private final AllianceOverview overview;

	private final SignalInbox inbox;

	private final Caseload caseload;

	private final UserAccounts accounts;

	private final AllianceSettings settings;

	private final ScreenSweeps sweeps;

	/**
	 * One thread for the evaluations after a rating: they never race each other, and
	 * submissions never wait. The start-up catch-up runs on the screens' sweep thread
	 * ({@link ScreenSweeps}), so that a new rating is never evaluated behind it.
	 */
	private final ExecutorService evaluations = Executors.newSingleThreadExecutor((r) -> {
		Thread thread = new Thread(r, "alliance-evaluation");
		thread.setDaemon(true);
		return thread;
	});

	AllianceEvaluation(AllianceOverview overview, SignalInbox inbox, Caseload caseload, UserAccounts accounts,
			AllianceSettings settings, ScreenSweeps sweeps) {
		this.sweeps = sweeps;
		this.overview = overview;
		this.inbox = inbox;
		this.caseload = caseload;
		this.accounts = accounts;
		this.settings = settings;
	}

	/** Clinics being imported, whose ratings are evaluated once all are in. */
	private final Set<UUID> importing = ConcurrentHashMap.newKeySet();

	/**
	 * Stops evaluating the clinic after each rating, for a bulk import whose ratings
	 * arrive out of order; {@link #resumeAndEvaluate} evaluates it once they are all in.
	 * Every other clinic is evaluated as before.
	 * @param clinicId the clinic being imported
	 */
	public void suspend(UUID clinicId) {
		this.importing.add(clinicId);
	}

	/**
	 * Evaluates every client of the clinic with fresh clinic norms, then evaluates as
	 * ratings come. The imported ratings are taken as having come in as their sessions
	 * took place: each finding is raised as found on its session's day, so that the
	 * clinic's history opens its signals rather than recording them all as history.
	 */
	public void resumeAndEvaluate(UUID clinicId) {
		this.importing.remove(clinicId);
		this.overview.forgetNorms(clinicId);
		// Clients are judged apart from one another, several at once: an import of a
		// clinic's history has hundreds.
		ExecutorService pool = Executors.newFixedThreadPool(IMPORT_THREADS);
		try {
			List<Future<?>> pending = new ArrayList<>();
			List<UUID> clients = this.overview.clientsWithRatings(clinicId);
			for (int i = 0; i < clients.size(); i++) {
				UUID client = clients.get(i);
				if (i == 0) {
					// The first reads the clinic's norms, which the others then share.
					evaluate(clinicId, client, true);
				}
				else {
					pending.add(pool.submit(() -> evaluate(clinicId, client, true)));
				}
			}
			for (Future<?> future : pending) {
				future.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException ex) {
			// evaluate logs and swallows its own failures; nothing else is thrown.
			log.warn("Alliance evaluation of the import into clinic {} failed", clinicId, ex.getCause());
		}
		finally {
			pool.shutdown();
		}
	}

	/** Clients judged at once when an import is evaluated. */
	private static final int IMPORT_THREADS = 4;

	@EventListener
	void on(ResponseRecorded recorded) {
		if (!this.importing.contains(recorded.clinicId())
				&& AllianceRatings.perspective(recorded.instrument()).isPresent()) {
			this.evaluations.submit(() -> evaluate(recorded.clinicId(), recorded.clientId()));
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
		this.sweeps.sweep("alliance ruptures, every clinic", () -> {
			for (UUID clinic : this.accounts.clinicIds()) {
				this.overview.clientsWithRatings(clinic).forEach((client) -> evaluate(clinic, client));
			}
		});
	}

	/** Evaluates one client now and raises what is new. */
	void evaluate(UUID clinicId, UUID clientId) {
		evaluate(clinicId, clientId, false);
	}

	private void evaluate(UUID clinicId, UUID clientId, boolean asRatingsCame) {
		try {
			Client client = this.caseload.clientForEvaluation(clinicId, clientId).orElse(null);
			if (client != null) {
				raise(client, this.overview.evaluate(clinicId, clientId), asRatingsCame);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Alliance evaluation of client {} failed; it runs again with the next rating", clientId, ex);
		}
	}

	/**
	 * Raises each finding with its session's id and date, so that a finding of a session
	 * long past (found while catching up) is recorded as history, not opened.
	 */
	private void raise(Client client, EvaluatedClient evaluated, boolean asRatingsCame) {
		ClientAlliance alliance = evaluated.alliance();
		List<RuptureEpisode> episodes = alliance.ruptures().getOrDefault(this.settings.signalRule(), List.of());
		for (RuptureEpisode episode : episodes) {
			RatedSession at = evaluated.sessions().get(episode.session());
			raise(new NewSignal(client.clinicId(), client.id(), client.therapistId(), idOf(at), "rupture",
					"rupture:" + client.id() + ":" + episode.session() + ":" + episode.rule(), ruptureSummary(episode),
					RuptureEvidence.of(episode), dateOf(at)), asRatingsCame);
		}
		// One signal per session, however many scales the therapist over-estimated there.
		Map<Integer, List<OverestimationSignal>> bySession = new TreeMap<>();
		alliance.gaps()
			.forEach((gap) -> gap.signals()
				.forEach((over) -> bySession.computeIfAbsent(over.session(), (k) -> new ArrayList<>()).add(over)));
		bySession.forEach((session, overs) -> {
			RatedSession at = evaluated.sessions().get(session);
			raise(new NewSignal(client.clinicId(), client.id(), client.therapistId(), idOf(at), "perception-gap",
					"gap:" + client.id() + ":" + session, gapSummary(session, overs), RuptureEvidence.of(overs),
					dateOf(at)), asRatingsCame);
		});
	}

	private void raise(NewSignal signal, boolean asRatingsCame) {
		if (asRatingsCame && signal.occurredOn() != null) {
			this.inbox.raise(signal, signal.occurredOn());
		}
		else {
			this.inbox.raise(signal);
		}
	}

	private static UUID idOf(RatedSession session) {
		return (session != null) ? session.id() : null;
	}

	private static LocalDate dateOf(RatedSession session) {
		return (session != null) ? session.date() : null;
	}

	/**
	 * The inbox line in plain words, the statistics (SD, rule) left to the signal page:
	 * e.g. "Alliance fell sharply at session 5: usual level 4.0, this session 2.0". A
	 * fall of 2 SD or more (Stiles et al. 2004) is called sharp.
	 */
	static String ruptureSummary(RuptureEpisode episode) {
		String what = (episode.scale() == AllianceScale.TOTAL) ? "Alliance"
				: "The " + episode.scale().code() + " part of the alliance";
		return String.format(Locale.ROOT, "%s fell%s at session %d: usual level %.1f, this session %.1f", what,
				(episode.dropSd() >= 2) ? " sharply" : "", episode.session(), episode.level(), episode.rating());
	}

	private static String gapSummary(int session, List<OverestimationSignal> overs) {
		String scales = overs.stream().map((o) -> o.scale().code()).collect(Collectors.joining(", "));
		double largest = overs.stream().mapToDouble(OverestimationSignal::gap).max().orElse(0);
		return String.format(Locale.ROOT,
				"Perception gap at session %d: you expected higher ratings than the client gave (%s; up to %.1f points per item)",
				session, scales, largest);
	}

	@Override
	public void destroy() {
		this.evaluations.shutdownNow();
	}

}
