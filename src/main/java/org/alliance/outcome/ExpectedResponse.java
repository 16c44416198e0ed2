package org.alliance.outcome;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.alliance.care.Caseload;
import org.alliance.care.Episode;
import org.alliance.insight.InvalidInputException;
import org.alliance.instrument.Instrument;
import org.alliance.instrument.InstrumentCatalog;
import org.alliance.measure.Responses;
import org.alliance.measure.StoredResponse;
import org.alliance.security.UserAccounts;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Is a client on track? Judged by the clinic's own expected treatment response (Finch,
 * Lambert &amp; Schaalje 2001) fitted on its finished episodes' PHQ-9 totals once it has
 * {@code alliance.outcome.etr-minimum-episodes} of them (default 100), and until then by
 * rules everyone can check ({@link OnTrackRules}); every verdict names its method.
 * <p>
 * Fitting never happens in a request: {@link #refit} runs on demand (a command, a test,
 * an admin's background job) and nightly, and stores the fit; a verdict only reads the
 * stored fit.
 */
@Service
public class ExpectedResponse {

	/** The instrument the model is fitted on and judged with. */
	public static final String INSTRUMENT = "phq9";

	private static final String EVALUATION = "expected-treatment-response";

	private static final Logger log = LoggerFactory.getLogger(ExpectedResponse.class);

	private final Caseload caseload;

	private final Responses responses;

	private final UserAccounts accounts;

	private final EtrFits fits;

	private final EtrSettings settings;

	private final OnTrackRules rules;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ExpectedResponse(Caseload caseload, Responses responses, UserAccounts accounts, InstrumentCatalog instruments,
			EtrFits fits, EtrSettings settings, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.caseload = caseload;
		this.responses = responses;
		this.accounts = accounts;
		this.fits = fits;
		this.settings = settings;
		this.clock = clock;
		Instrument phq9 = instruments.find(INSTRUMENT).orElseThrow();
		this.rules = new OnTrackRules(phq9.reliableChange().reliableChangePoints(), phq9.clinicalCutoff(),
				settings.rulesReviewSession());
	}

	/**
	 * Fits the clinic's model now on its finished episodes and stores it, or removes the
	 * stored one when the clinic has too few. Takes a fraction of a second for a clinic
	 * of 1,500 episodes; never call it while a request waits.
	 * @param clinicId the clinic
	 * @return the stored fit, or empty when the clinic has fewer finished episodes than
	 * the minimum
	 * @throws InvalidInputException when the data cannot support the model (the stored
	 * fit is then kept)
	 */
	public Optional<ClinicEtr> refit(UUID clinicId) {
		Set<UUID> ended = this.caseload.endedEpisodesForEvaluation(clinicId)
			.stream()
			.map(Episode::id)
			.collect(Collectors.toSet());
		List<StoredResponse> stored = this.responses.forEvaluation(clinicId, List.of(INSTRUMENT), EVALUATION);
		FinishedEpisodes data = FinishedEpisodes.of(stored, INSTRUMENT, ended);
		if (data.episodes() < this.settings.etrMinimumEpisodes()) {
			this.fits.remove(clinicId);
			return Optional.empty();
		}
		EtrFit fit = EtrModel.fit(data.scores(), Math.round(data.meanIntake()));
		if (!fit.converged()) {
			throw new InvalidInputException(
					"the expected-treatment-response model did not converge: " + String.join("; ", fit.warnings()));
		}
		ClinicEtr clinicFit = new ClinicEtr(INSTRUMENT, this.clock.instant(), data.episodes(), fit.model());
		this.fits.replace(clinicId, clinicFit);
		// The band may have moved: open episodes are judged again (NotOnTrackScreen).
		this.events.publishEvent(new EtrRefitted(clinicId));
		return Optional.of(clinicFit);
	}

	/**
	 * Refits every clinic's model at night ({@code alliance.outcome.etr-refit-cron},
	 * default 02:30). A clinic whose fit fails keeps its earlier fit; the others go on.
	 */
	@Scheduled(cron = "${alliance.outcome.etr-refit-cron:0 30 2 * * *}")
	public void refitEveryClinic() {
		for (UUID clinic : this.accounts.clinicIds()) {
			try {
				refit(clinic).ifPresentOrElse(
						(fit) -> log.info("Refitted the expected treatment response of clinic {} on {} episodes",
								clinic, fit.episodes()),
						() -> log.info("Clinic {} has too few finished episodes for its expected treatment response",
								clinic));
			}
			catch (RuntimeException ex) {
				log.warn("Could not refit the expected treatment response of clinic {}; its earlier fit stays", clinic,
						ex);
			}
		}
	}

	/**
	 * The fit the clinic's verdicts use.
	 * @param clinicId the clinic
	 * @return the stored fit when it rests on at least the minimum of finished episodes,
	 * else empty (the rules judge)
	 */
	public Optional<ClinicEtr> currentFit(UUID clinicId) {
		return this.fits.find(clinicId).filter((fit) -> fit.episodes() >= this.settings.etrMinimumEpisodes());
	}

	/**
	 * Judges one episode's PHQ-9 totals. Reads the stored fit; never fits.
	 * @param clinicId the client's clinic
	 * @param scores the episode's PHQ-9 totals in session order, the intake first (see
	 * {@link ScoredSession#of})
	 * @return the verdict with its method, never null
	 */
	public OnTrackVerdict judge(UUID clinicId, List<ScoredSession> scores) {
		if (scores.isEmpty()) {
			return new OnTrackVerdict(
					currentFit(clinicId).isPresent() ? OnTrackVerdict.Method.ETR : OnTrackVerdict.Method.RULES,
					OnTrackVerdict.Flag.NOT_YET, "No PHQ-9 score yet.", List.of());
		}
		return currentFit(clinicId).map((fit) -> new OnTrackByBand(fit, this.settings.etrQuantile()).judge(scores))
			.orElseGet(() -> this.rules.judge(scores));
	}

	/**
	 * Judges the client's current (latest) episode, reading its PHQ-9 totals for an
	 * evaluation the system runs (audited as such).
	 * @param clinicId the clinic
	 * @param clientId the client
	 * @return the verdict, never null
	 */
	public OnTrackVerdict judgeClient(UUID clinicId, UUID clientId) {
		List<StoredResponse> stored = this.responses.ofClientForEvaluation(clinicId, clientId, EVALUATION);
		Optional<UUID> episode = stored.stream()
			.filter((r) -> INSTRUMENT.equals(r.instrument()) && r.episodeId() != null)
			.reduce((first, second) -> second)
			.map(StoredResponse::episodeId);
		return judge(clinicId, episode.map((id) -> ScoredSession.of(stored, INSTRUMENT, id)).orElse(List.of()));
	}

}
