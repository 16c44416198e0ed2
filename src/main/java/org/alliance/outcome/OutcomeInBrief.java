package org.alliance.outcome;

import java.util.Map;
import java.util.Optional;

import org.alliance.alliance.BriefPart;
import org.alliance.care.Client;
import org.alliance.care.ClientPagePart.Fragment;
import org.alliance.security.CurrentUser;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The session brief's outcome: the same verdicts as the client page in brief (on track or
 * not, by which method; the reliable change per instrument), the PHQ-9 chart with the
 * expected band and the dropout risk with what raises it most
 * ({@code templates/outcome/brief-part.html}).
 */
@Component
@Order(10)
class OutcomeInBrief implements BriefPart {

	private final OutcomeOverview overview;

	private final DropoutRisk dropoutRisk;

	OutcomeInBrief(OutcomeOverview overview, DropoutRisk dropoutRisk) {
		this.overview = overview;
		this.dropoutRisk = dropoutRisk;
	}

	@Override
	public Optional<Fragment> of(CurrentUser user, Client client) {
		return OutcomeOnClientPage.latest(this.overview.of(user, client.id()))
			.map((episode) -> new Fragment("outcome/brief-part", "outcome", Map.of("card", OutcomeCard.of(episode),
					"dropoutRisk", DropoutRiskCard.of(episode, this.dropoutRisk, user.clinicId()))));
	}

}
