package org.alliance.outcome;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.alliance.care.CareSession;
import org.alliance.care.Client;
import org.alliance.care.ClientPagePart;
import org.alliance.security.CurrentUser;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The client page's outcome, after the client's signals and before the measures: for the
 * latest episode, whether the client is on track and by which method (the reliable-change
 * rules stand in until the clinic has enough finished episodes for an expected treatment
 * response, and the page says so: docs/manual.md, "Expected treatment response and not on
 * track"), the PHQ-9 chart with the expected band, the reliable change per instrument and
 * the NHS Talking Therapies categories ({@code templates/outcome/client-part.html}).
 * <p>
 * The episode's dropout risk ({@link DropoutRiskCard}) closes the card: the risk with the
 * method named and what raises it most, or why no number is shown.
 */
@Component
@Order(7)
class OutcomeOnClientPage implements ClientPagePart {

	private final OutcomeOverview overview;

	private final DropoutRisk dropoutRisk;

	OutcomeOnClientPage(OutcomeOverview overview, DropoutRisk dropoutRisk) {
		this.overview = overview;
		this.dropoutRisk = dropoutRisk;
	}

	@Override
	public Optional<Fragment> of(CurrentUser user, Client client, List<CareSession> sessions) {
		return latest(this.overview.of(user, client.id()))
			.map((episode) -> new Fragment("outcome/client-part", "outcome", Map.of("card", OutcomeCard.of(episode),
					"dropoutRisk", DropoutRiskCard.of(episode, this.dropoutRisk, user.clinicId()))));
	}

	/** The latest episode's outcome, or empty for a client without episodes. */
	static Optional<EpisodeOutcome> latest(ClientOutcome outcome) {
		List<EpisodeOutcome> episodes = outcome.episodes();
		return episodes.isEmpty() ? Optional.empty() : Optional.of(episodes.get(episodes.size() - 1));
	}

}
