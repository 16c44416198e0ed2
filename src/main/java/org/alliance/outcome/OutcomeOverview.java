package org.alliance.outcome;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alliance.api.ClinicalRefusals;
import org.alliance.api.Forbidden;
import org.alliance.care.CareSession;
import org.alliance.care.Caseload;
import org.alliance.care.Episode;
import org.alliance.instrument.InstrumentCatalog;
import org.alliance.measure.Responses;
import org.alliance.measure.StoredResponse;
import org.alliance.security.ClinicalAccess;
import org.alliance.security.CurrentUser;

import org.springframework.stereotype.Service;

/**
 * Outcomes as therapists and supervisors read them: a client's reliable change and NHS
 * Talking Therapies categories per episode, and the clinic's rates. Every read goes
 * through the caseload's tenancy (a therapist sees only their own clients) and is audited
 * as the person's.
 */
@Service
public class OutcomeOverview {

	private final Caseload caseload;

	private final Responses responses;

	private final EpisodeOutcomes outcomes;

	private final ExpectedResponse expected;

	private final DropoutRisk dropoutRisk;

	private final ClinicalAccess access;

	OutcomeOverview(Caseload caseload, Responses responses, InstrumentCatalog catalog, ExpectedResponse expected,
			DropoutRisk dropoutRisk, ClinicalAccess access) {
		this.access = access;
		this.caseload = caseload;
		this.responses = responses;
		this.outcomes = new EpisodeOutcomes(catalog);
		this.expected = expected;
		this.dropoutRisk = dropoutRisk;
	}

	/**
	 * A client's outcomes, episode by episode, each judged on track by the method the
	 * clinic judges with today: its stored expected-treatment-response fit, read and
	 * never fitted here, or the rules ({@link ExpectedResponse#judge}); an open episode
	 * with its dropout risk from the clinic's kept dropout model, or why there is none
	 * ({@link DropoutRisk}).
	 * @param user the person asking
	 * @param clientId the client
	 * @return never null
	 * @throws org.alliance.api.NotFound when the client is unknown or not this person's
	 * to see
	 */
	public ClientOutcome of(CurrentUser user, UUID clientId) {
		List<Episode> episodes = this.caseload.episodes(user, clientId);
		List<CareSession> sessions = this.caseload.sessions(user, clientId);
		List<StoredResponse> answered = this.responses.ofClient(user, clientId);
		return new ClientOutcome(clientId,
				episodes.stream()
					.map((episode) -> this.outcomes.of(episode, sessions, answered)
						.judged(this.expected.judge(user.clinicId(),
								ScoredSession.of(answered, ExpectedResponse.INSTRUMENT, episode.id())))
						.withDropoutRisk(this.dropoutRisk.of(user.clinicId(), episode, sessions, answered)))
					.toList());
	}

	/**
	 * The clinic's NHS Talking Therapies rates over its ended episodes.
	 * @param user a supervisor
	 * @return never null
	 * @throws Forbidden for a therapist or an admin account (the rates are computed from
	 * every client's records, which an admin does not read)
	 */
	public TalkingTherapiesRates clinic(CurrentUser user) {
		ClinicalRefusals.enforce(this.access.readClinicFigures(user), "");
		Map<UUID, List<Episode>> episodes = this.caseload.episodesByClient(user);
		Map<UUID, List<CareSession>> sessions = this.caseload.sessionsByClient(user);
		Map<UUID, List<StoredResponse>> answered = new HashMap<>();
		this.responses.ofCaseload(user, this.outcomes.instruments())
			.forEach((r) -> answered.computeIfAbsent(r.clientId(), (k) -> new ArrayList<>()).add(r));
		List<TalkingTherapiesCategories> ended = new ArrayList<>();
		episodes.forEach((client, list) -> list.stream()
			.filter((episode) -> !episode.open())
			.forEach((episode) -> ended.add(this.outcomes
				.of(episode, sessions.getOrDefault(client, List.of()), answered.getOrDefault(client, List.of()))
				.nhstt())));
		return TalkingTherapiesRates.of(ended);
	}

}
