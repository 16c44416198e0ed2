package org.alliance.outcome;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.alliance.alliance.AllianceSettings;
import org.alliance.alliance.ClinicAllianceNorms;
import org.alliance.alliance.RuptureDetector;
import org.alliance.alliance.RuptureRule;
import org.alliance.alliance.RuptureSettings;
import org.alliance.alliance.ScaleRange;
import org.alliance.care.Attendance;
import org.alliance.care.CareSession;
import org.alliance.care.Caseload;
import org.alliance.care.ClinicCare;
import org.alliance.care.Episode;
import org.alliance.instrument.InstrumentCatalog;
import org.alliance.measure.Responses;
import org.alliance.measure.StoredResponse;
import org.alliance.outcome.dropout.DropoutFeatures;
import org.alliance.outcome.dropout.DropoutTraining;
import org.alliance.outcome.dropout.EarlyCourse;
import org.alliance.security.CurrentUser;
import org.alliance.security.UserAccounts;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Each clinic's dropout model (ridge logistic regression on the features of
 * {@link DropoutFeatures}, fitted on the clinic's finished episodes) and the risks it
 * gives. A model is fitted only here, on demand ({@link #refit}), every night and once
 * after start-up, never in a request: requests read the kept model and the client's own
 * records. Each refit is announced ({@link DropoutModelRefitted}), so that the
 * dropout-risk signals are judged again with the new model ({@link DropoutRiskScreen}).
 */
@Service
public class DropoutRisk implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DropoutRisk.class);

	static final String EVALUATION = "system:dropout-risk";

	/** The method on the wire: a logistic regression with a ridge penalty. */
	public static final String METHOD = "ridge-logistic";

	private final Caseload caseload;

	private final Responses responses;

	private final StoredCourses courses;

	private final UserAccounts accounts;

	private final AllianceSettings alliance;

	private final DropoutRiskSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock = Clock.systemUTC();

	private final Map<UUID, DropoutModelReport> reports = new ConcurrentHashMap<>();

	private final Map<UUID, FittedModel> models = new ConcurrentHashMap<>();

	private final ExecutorService refits = Executors.newSingleThreadExecutor((r) -> {
		Thread thread = new Thread(r, "dropout-refit");
		thread.setDaemon(true);
		return thread;
	});

	DropoutRisk(Caseload caseload, Responses responses, InstrumentCatalog catalog, UserAccounts accounts,
			AllianceSettings alliance, DropoutRiskSettings settings, ApplicationEventPublisher events) {
		this.caseload = caseload;
		this.responses = responses;
		this.courses = new StoredCourses(catalog);
		this.accounts = accounts;
		this.alliance = alliance;
		this.settings = settings;
		this.events = events;
	}

	/**
	 * Fits the clinic's model on its finished episodes now and keeps it.
	 * @return the new report, never null
	 */
	public synchronized DropoutModelReport refit(UUID clinicId) {
		long start = System.nanoTime();
		ClinicCare care = this.caseload.clinicForEvaluation(clinicId);
		List<EarlyCourse> episodes = this.courses.of(care.episodes(), care.sessions(),
				this.responses.forEvaluation(clinicId, StoredCourses.INSTRUMENTS, EVALUATION));
		DropoutFeatures features = features(StoredCourses.norms(episodes));
		long read = System.nanoTime();
		DropoutTraining.Outcome outcome = DropoutTraining.fit(episodes, features,
				this.settings.dropoutEventsPerFeature(), this.settings.dropoutFolds(), this.settings.dropoutSeed());
		long fitted = System.nanoTime();
		Instant now = this.clock.instant();
		DropoutModelReport report;
		if (outcome instanceof DropoutTraining.Fitted fit) {
			FittedModel model = new FittedModel(fit.model(), features, now);
			report = model.report(fit.leftOut(), (read - start) / 1e9, (fitted - read) / 1e9);
			this.models.put(clinicId, model);
		}
		else {
			DropoutTraining.TooFew few = (DropoutTraining.TooFew) outcome;
			report = new DropoutModelReport.NotEnoughEpisodes(now, few.finished(), few.dropouts(), few.needed());
			this.models.remove(clinicId);
		}
		this.reports.put(clinicId, report);
		this.events.publishEvent(new DropoutModelRefitted(clinicId));
		return report;
	}

	/** The clinic's model as last fitted; never null. */
	public DropoutModelReport model(UUID clinicId) {
		return this.reports.getOrDefault(clinicId, new DropoutModelReport.NotFittedYet());
	}

	/** Whether the clinic has a fitted model now. */
	public boolean hasModel(UUID clinicId) {
		return this.models.containsKey(clinicId);
	}

	/** The session L whose data the features are read up to. */
	public int landmarkSession() {
		return this.settings.dropoutLandmarkSession();
	}

	/** Dropouts per feature needed before a model is fitted. */
	public int eventsPerFeature() {
		return this.settings.dropoutEventsPerFeature();
	}

	/**
	 * The risk at or above which an open episode of the clinic raises a dropout-risk
	 * signal: {@code alliance.outcome.dropout-signal-risk} when the clinic set one, else
	 * {@code alliance.outcome.dropout-signal-rate-multiple} (2) times the dropout rate of
	 * the episodes its model was fitted on.
	 */
	DropoutSignalLevel signalLevel(UUID clinicId) {
		if (this.settings.dropoutSignalRisk() != null) {
			return DropoutSignalLevel.fixed(this.settings.dropoutSignalRisk());
		}
		FittedModel fitted = this.models.get(clinicId);
		double rate = (fitted == null) ? Double.NaN : (double) fitted.model().events() / fitted.model().rows();
		return DropoutSignalLevel.relative(this.settings.dropoutSignalRateMultiple(), rate);
	}

	/**
	 * The dropout risk of a client this person may see, from the kept model and the
	 * client's open episode; reads are audited as the person's.
	 * @return the risk, or why there is none; never null
	 */
	public ClientDropoutRisk of(CurrentUser user, UUID clientId) {
		if (!hasModel(user.clinicId())) {
			return new ClientDropoutRisk.Unavailable(unavailable(user.clinicId()));
		}
		Optional<Episode> open = this.caseload.episodes(user, clientId).stream().filter(Episode::open).findFirst();
		if (open.isEmpty()) {
			return new ClientDropoutRisk.Unavailable("the client has no open episode");
		}
		return of(user.clinicId(), open.get(), this.caseload.sessions(user, clientId),
				this.responses.ofClient(user, clientId));
	}

	/**
	 * The dropout risk of one episode from records the caller has already read (and
	 * audited): a risk only for an open episode of a clinic with a model; an ended
	 * episode says so whether or not there is a model.
	 * @param sessions the client's sessions
	 * @param answered the client's responses
	 * @return the risk, or why there is none; never null
	 */
	ClientDropoutRisk of(UUID clinicId, Episode episode, List<CareSession> sessions, List<StoredResponse> answered) {
		if (!episode.open()) {
			return new ClientDropoutRisk.Unavailable("the episode has ended");
		}
		FittedModel model = this.models.get(clinicId);
		if (model == null) {
			return new ClientDropoutRisk.Unavailable(unavailable(clinicId));
		}
		return model.riskOf(this.courses.of(List.of(episode), sessions, answered).get(0));
	}

	/**
	 * The clients of open episodes whose risk is at or above the clinic's signal level
	 * ({@link #signalLevel}), highest first, for the system's signal evaluation: read
	 * from the kept model and the clinic's records, never fitted.
	 * @return the clients, empty while the clinic has no model; never null
	 */
	public List<ClientAtRisk> openEpisodesAtRisk(UUID clinicId) {
		FittedModel model = this.models.get(clinicId);
		if (model == null) {
			return List.of();
		}
		return atRisk(clinicId, model, this.caseload.clinicForEvaluation(clinicId),
				this.responses.forEvaluation(clinicId, StoredCourses.INSTRUMENTS, EVALUATION));
	}

	/**
	 * The client's open episode when its risk is at or above the signal risk, for the
	 * system's signal evaluation after one of the client's answers: read from the kept
	 * model and the client's records, never fitted.
	 * @param care the client with their episodes and sessions
	 * ({@link Caseload#clientCareForEvaluation})
	 * @return empty while the clinic has no model, the client has no open episode, no
	 * risk yet or one below the signal risk
	 */
	public Optional<ClientAtRisk> clientAtRisk(UUID clinicId, ClinicCare care) {
		FittedModel model = this.models.get(clinicId);
		if (model == null || care.clients().size() != 1 || care.episodes().stream().noneMatch(Episode::open)) {
			return Optional.empty();
		}
		UUID clientId = care.clients().get(0).id();
		return atRisk(clinicId, model, care, this.responses.ofClientForEvaluation(clinicId, clientId, EVALUATION))
			.stream()
			.findFirst();
	}

	private List<ClientAtRisk> atRisk(UUID clinicId, FittedModel model, ClinicCare care,
			List<StoredResponse> answered) {
		DropoutSignalLevel level = signalLevel(clinicId);
		List<Episode> open = care.episodes().stream().filter(Episode::open).toList();
		Map<UUID, UUID> therapists = new HashMap<>();
		care.clients().forEach((c) -> therapists.put(c.id(), c.therapistId()));
		List<ClientAtRisk> atRisk = new ArrayList<>();
		for (EarlyCourse course : this.courses.of(open, care.sessions(), answered)) {
			if (model.riskOf(course) instanceof ClientDropoutRisk.Estimated estimated
					&& level.reachedBy(estimated.risk())) {
				atRisk.add(new ClientAtRisk(course.clientId(), therapists.get(course.clientId()), course.episodeId(),
						estimated.risk(), estimated.drivers(), landmarkReached(care.sessions(), course.episodeId())));
			}
		}
		atRisk.sort(Comparator.comparingDouble(ClientAtRisk::risk).reversed());
		return atRisk;
	}

	/**
	 * The first attended session numbered at or after the landmark: from it on the
	 * episode has a risk.
	 */
	private CareSession landmarkReached(List<CareSession> sessions, UUID episodeId) {
		return sessions.stream()
			.filter((s) -> s.episodeId().equals(episodeId) && s.number() >= this.settings.dropoutLandmarkSession()
					&& s.attendance() == Attendance.ATTENDED)
			.min(Comparator.comparingInt(CareSession::number))
			.orElseThrow();
	}

	/** Refits every clinic at night (default 02:30), when no one waits for it. */
	@Scheduled(cron = "${alliance.outcome.dropout-refit-cron:0 30 2 * * *}")
	void refitEveryClinic() {
		for (UUID clinic : this.accounts.clinicIds()) {
			try {
				refit(clinic);
			}
			catch (RuntimeException ex) {
				log.warn("Refitting the dropout model of clinic {} failed; the last model stays", clinic, ex);
			}
		}
	}

	/**
	 * Fits every clinic's model once a server has started, so that risks are there before
	 * the first night. Not in a one-shot command such as {@code ./alliance token create}:
	 * its fit would only race the command's exit (and print its failure among the
	 * command's answer), while the server on the same database fits its own.
	 */
	@EventListener
	void fitAfterStartUp(ApplicationReadyEvent ready) {
		if (ready.getApplicationContext() instanceof WebServerApplicationContext) {
			this.refits.submit(this::refitEveryClinic);
		}
	}

	private DropoutFeatures features(ClinicAllianceNorms norms) {
		RuptureSettings rule = RuptureSettings.of(RuptureRule.ofCode(this.alliance.signalRule()))
			.withSdBasis(this.alliance.sdBasis())
			.withRepairWindow(this.alliance.repairWindow());
		return new DropoutFeatures(this.settings.dropoutLandmarkSession(),
				new RuptureDetector(rule, norms, ScaleRange.ONE_TO_FIVE));
	}

	private String unavailable(UUID clinicId) {
		DropoutModelReport report = model(clinicId);
		if (report instanceof DropoutModelReport.NotEnoughEpisodes few) {
			return few.message();
		}
		return "the dropout model has not been fitted yet";
	}

	@Override
	public void destroy() {
		this.refits.shutdownNow();
	}

}
