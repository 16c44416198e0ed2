package org.alliance.alliance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.alliance.alliance.EvaluatedClient.RatedSession;
import org.alliance.care.Caseload;
import org.alliance.instrument.Answer;
import org.alliance.instrument.InstrumentCatalog;
import org.alliance.measure.Responses;
import org.alliance.measure.StoredResponse;
import org.alliance.security.CurrentUser;

import org.springframework.stereotype.Service;

/**
 * A client's alliance as a therapist reads it: trajectories, perception gap and rupture
 * episodes under both rules, measured against the clinic's own norms.
 */
@Service
public class AllianceOverview {

	static final String EVALUATION = "system:alliance-evaluation";

	private static final Duration NORMS_KEPT = Duration.ofMinutes(10);

	private final Caseload caseload;

	private final Responses responses;

	private final InstrumentCatalog catalog;

	private final AllianceSettings settings;

	private final FrozenNorms frozen;

	private final Map<UUID, Norms> norms = new ConcurrentHashMap<>();

	private final Map<UUID, Long> normGenerations = new ConcurrentHashMap<>();

	AllianceOverview(Caseload caseload, Responses responses, InstrumentCatalog catalog, AllianceSettings settings,
			FrozenNorms frozen) {
		this.caseload = caseload;
		this.responses = responses;
		this.catalog = catalog;
		this.settings = settings;
		this.frozen = frozen;
	}

	/** The client's alliance, if this person may see the client. */
	public ClientAlliance of(CurrentUser user, UUID clientId) {
		return evaluate(user.clinicId(), clientId,
				latestEpisode(allianceForms(this.responses.ofClient(user, clientId))), false)
			.alliance();
	}

	/**
	 * The client's alliance in one episode of care, ended or open, if this person may see
	 * the client: what an episode's report shows. Sessions judged before keep the norms
	 * frozen for them; none are frozen here.
	 * @param episodeId the episode; one without alliance ratings gives empty trajectories
	 * and no ruptures
	 * @return never null
	 * @throws org.alliance.api.NotFound when the client is unknown or not this person's
	 * to see
	 */
	public ClientAlliance ofEpisode(CurrentUser user, UUID clientId, UUID episodeId) {
		List<StoredResponse> forms = allianceForms(this.responses.ofClient(user, clientId)).stream()
			.filter((r) -> r.episodeId().equals(episodeId))
			.toList();
		return evaluate(user.clinicId(), clientId, forms, false).alliance();
	}

	/**
	 * The same for the system's own evaluation (signals), audited under its name. The
	 * clinic norms of sessions judged for the first time are frozen, so that the sessions
	 * are judged the same way ever after.
	 */
	EvaluatedClient evaluate(UUID clinicId, UUID clientId) {
		return evaluate(clinicId, clientId,
				latestEpisode(allianceForms(this.responses.ofClientForEvaluation(clinicId, clientId, EVALUATION))),
				true);
	}

	/**
	 * Drops the kept norms, so that the next evaluation reads them afresh. A computation
	 * already under way when they are dropped does not keep its result.
	 */
	void forgetNorms(UUID clinicId) {
		this.normGenerations.merge(clinicId, 1L, Long::sum);
		this.norms.remove(clinicId);
	}

	/** The clinic's clients that have alliance ratings. */
	List<UUID> clientsWithRatings(UUID clinicId) {
		return this.responses.forEvaluation(clinicId, AllianceRatings.CLIENT_FORMS, EVALUATION)
			.stream()
			.map(StoredResponse::clientId)
			.distinct()
			.toList();
	}

	/**
	 * Evaluates one episode's alliance forms.
	 * @param forms the alliance forms of one episode of the client
	 */
	private EvaluatedClient evaluate(UUID clinicId, UUID clientId, List<StoredResponse> forms, boolean freeze) {
		List<SessionRating> ratings = AllianceRatings.of(forms, this.catalog);
		String key = clientId.toString();
		UUID episode = forms.isEmpty() ? null : forms.get(0).episodeId();
		NormHistory history = (episode != null) ? new NormHistory(this.frozen.of(clinicId, episode), norms(clinicId))
				: NormHistory.constant(norms(clinicId));
		ClientSeries series = ClientSeries.of(key, ratings);
		Map<String, List<RuptureEpisode>> ruptures = new LinkedHashMap<>();
		for (RuptureRule rule : RuptureRule.values()) {
			ruptures.put(rule.code(),
					new RuptureDetector(this.settings.ruptureSettings(rule), history, clientRange(ratings))
						.detect(series));
		}
		if (freeze && episode != null) {
			this.frozen.freeze(clinicId, episode,
					history.toFreeze(series.sessions().stream().map(ClientSession::session).toList()));
		}
		List<GapSeries> gaps = new PerceptionGap(new GapSettings(this.settings.gapMargin(), 2)).of(key, ratings);
		StoredResponse feedback = lastFeedback(forms);
		ClientAlliance alliance = new ClientAlliance(clientId, ClientTrajectory.of(key, ratings), gaps, ruptures,
				(feedback != null) ? ((Answer.Text) feedback.answers().get("8")).text() : null,
				(feedback != null) ? feedback.sessionNumber() : null);
		Map<Integer, RatedSession> sessions = new HashMap<>();
		forms.forEach((r) -> sessions.putIfAbsent(r.sessionNumber(), new RatedSession(r.sessionId(), r.sessionDate())));
		return new EvaluatedClient(alliance, sessions);
	}

	private static List<StoredResponse> allianceForms(List<StoredResponse> answered) {
		return answered.stream().filter((r) -> AllianceRatings.ALL_FORMS.contains(r.instrument())).toList();
	}

	/**
	 * The answer range of the client's own forms, for the SD floor of the rupture rules:
	 * 1–5 for both the alliance check and the WAI-SR.
	 */
	private static ScaleRange clientRange(List<SessionRating> ratings) {
		return ratings.stream()
			.filter((r) -> r.perspective() == Perspective.CLIENT)
			.map(SessionRating::range)
			.findFirst()
			.orElse(ScaleRange.ONE_TO_FIVE);
	}

	/**
	 * The forms of the client's latest episode of care: session numbers start again with
	 * each episode, and a new episode is a new alliance.
	 */
	private static List<StoredResponse> latestEpisode(List<StoredResponse> forms) {
		return forms.stream()
			.max(Comparator.comparing(StoredResponse::sessionDate))
			.map(StoredResponse::episodeId)
			.map((episode) -> forms.stream().filter((r) -> r.episodeId().equals(episode)).toList())
			.orElse(List.of());
	}

	private static StoredResponse lastFeedback(List<StoredResponse> forms) {
		return forms.stream()
			.filter((r) -> r.instrument().equals(Perspective.CLIENT.instrument()))
			.filter((r) -> r.answers().get("8") instanceof Answer.Text text && !text.text().isBlank())
			.max(Comparator.comparingInt(StoredResponse::sessionNumber))
			.orElse(null);
	}

	/**
	 * The clinic's level and within-client SD, recomputed every few minutes: they move
	 * slowly.
	 */
	private ClinicAllianceNorms norms(UUID clinicId) {
		Norms kept = this.norms.get(clinicId);
		if (kept != null && kept.computedAt().plus(NORMS_KEPT).isAfter(Instant.now())) {
			return kept.norms();
		}
		long generation = this.normGenerations.getOrDefault(clinicId, 0L);
		List<StoredResponse> all = this.responses.forEvaluation(clinicId, AllianceRatings.CLIENT_FORMS, EVALUATION);
		// One series per episode of care: session numbers start again with each episode.
		Map<UUID, List<StoredResponse>> byEpisode = all.stream()
			.collect(Collectors.groupingBy(StoredResponse::episodeId));
		List<ClientSeries> series = new ArrayList<>();
		byEpisode.forEach((episode, responses) -> series
			.add(ClientSeries.of(responses.get(0).clientId().toString(), AllianceRatings.of(responses, this.catalog))));
		ClinicAllianceNorms computed = ClinicAllianceNorms.of(series);
		if (this.normGenerations.getOrDefault(clinicId, 0L) == generation) {
			this.norms.put(clinicId, new Norms(computed, Instant.now()));
		}
		return computed;
	}

	private record Norms(ClinicAllianceNorms norms, Instant computedAt) {
	}

}
