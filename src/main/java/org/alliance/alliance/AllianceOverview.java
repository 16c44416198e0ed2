package org.alliance.alliance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

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

	private final Map<UUID, Norms> norms = new ConcurrentHashMap<>();

	AllianceOverview(Caseload caseload, Responses responses, InstrumentCatalog catalog, AllianceSettings settings) {
		this.caseload = caseload;
		this.responses = responses;
		this.catalog = catalog;
		this.settings = settings;
	}

	/** The client's alliance, if this person may see the client. */
	public ClientAlliance of(CurrentUser user, UUID clientId) {
		return evaluate(user.clinicId(), clientId, this.responses.ofClient(user, clientId));
	}

	/** The same for the system's own evaluation (signals), audited under its name. */
	ClientAlliance evaluate(UUID clinicId, UUID clientId) {
		return evaluate(clinicId, clientId, this.responses.ofClientForEvaluation(clinicId, clientId, EVALUATION));
	}

	void forgetNorms(UUID clinicId) {
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

	private ClientAlliance evaluate(UUID clinicId, UUID clientId, List<StoredResponse> answered) {
		List<StoredResponse> forms = latestEpisode(
				answered.stream().filter((r) -> AllianceRatings.ALL_FORMS.contains(r.instrument())).toList());
		List<SessionRating> ratings = AllianceRatings.of(forms, this.catalog);
		String key = clientId.toString();
		Map<String, List<RuptureEpisode>> ruptures = new LinkedHashMap<>();
		ClinicAllianceNorms clinicNorms = norms(clinicId);
		for (RuptureRule rule : RuptureRule.values()) {
			ruptures.put(rule.code(),
					new RuptureDetector(this.settings.ruptureSettings(rule), clinicNorms, clientRange(ratings))
						.detect(ClientSeries.of(key, ratings)));
		}
		List<GapSeries> gaps = new PerceptionGap(new GapSettings(this.settings.gapMargin(), 2)).of(key, ratings);
		StoredResponse feedback = lastFeedback(forms);
		return new ClientAlliance(clientId, ClientTrajectory.of(key, ratings), gaps, ruptures,
				(feedback != null) ? ((Answer.Text) feedback.answers().get("8")).text() : null,
				(feedback != null) ? feedback.sessionNumber() : null);
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
		List<StoredResponse> all = this.responses.forEvaluation(clinicId, AllianceRatings.CLIENT_FORMS, EVALUATION);
		// One series per episode of care: session numbers start again with each episode.
		Map<UUID, List<StoredResponse>> byEpisode = all.stream()
			.collect(Collectors.groupingBy(StoredResponse::episodeId));
		List<ClientSeries> series = new ArrayList<>();
		byEpisode.forEach((episode, responses) -> series
			.add(ClientSeries.of(responses.get(0).clientId().toString(), AllianceRatings.of(responses, this.catalog))));
		ClinicAllianceNorms computed = ClinicAllianceNorms.of(series);
		this.norms.put(clinicId, new Norms(computed, Instant.now()));
		return computed;
	}

	private record Norms(ClinicAllianceNorms norms, Instant computedAt) {
	}

}
