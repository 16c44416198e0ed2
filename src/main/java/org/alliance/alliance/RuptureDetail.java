package org.alliance.alliance;

import java.util.Map;
import java.util.Optional;

import org.alliance.security.CurrentUser;
import org.alliance.signal.Signal;
import org.alliance.signal.SignalDetail;

import org.springframework.stereotype.Component;

/**
 * A rupture signal's page, read afresh from the client's ratings: what became of the
 * rupture ({@link RuptureResult}) and the chart of the ruptured scale, as the brief draws
 * it.
 */
@Component
class RuptureDetail implements SignalDetail {

	private final AllianceOverview overview;

	RuptureDetail(AllianceOverview overview) {
		this.overview = overview;
	}

	@Override
	public String kind() {
		return "rupture";
	}

	@Override
	public Optional<Reading> read(CurrentUser user, Signal signal, Map<String, String> evidence) {
		ClientAlliance alliance = this.overview.of(user, signal.clientId());
		BriefChart chart = BriefChart.of(alliance, evidence.get("rule"))
			.stream()
			.filter((scale) -> scale.scale().equals(evidence.get("scale")))
			.findFirst()
			.orElse(null);
		return Optional.of(new Reading(RuptureResult.of(alliance, evidence), chart));
	}

}
