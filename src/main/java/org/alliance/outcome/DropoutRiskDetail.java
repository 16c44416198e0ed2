package org.alliance.outcome;

import java.util.Map;
import java.util.Optional;

import org.alliance.care.Caseload;
import org.alliance.care.Episode;
import org.alliance.security.CurrentUser;
import org.alliance.signal.Signal;
import org.alliance.signal.SignalDetail;

import org.springframework.stereotype.Component;

/**
 * What became of a client at risk of dropping out, read afresh each time the signal's
 * page opens: how the episode ended, or the risk today with the clinic's current model.
 */
@Component
class DropoutRiskDetail implements SignalDetail {

	private final Caseload caseload;

	private final DropoutRisk dropoutRisk;

	DropoutRiskDetail(Caseload caseload, DropoutRisk dropoutRisk) {
		this.caseload = caseload;
		this.dropoutRisk = dropoutRisk;
	}

	@Override
	public String kind() {
		return DropoutRiskScreen.KIND;
	}

	@Override
	public Optional<Reading> read(CurrentUser user, Signal signal, Map<String, String> evidence) {
		if (signal.sessionId() == null) {
			return Optional.empty();
		}
		return this.caseload.session(user, signal.sessionId())
			.flatMap((session) -> this.caseload.episodes(user, signal.clientId())
				.stream()
				.filter((episode) -> episode.id().equals(session.session().episodeId()))
				.findFirst())
			.map((episode) -> new Reading(result(user, episode), null));
	}

	/**
	 * E.g. "the episode ended on 2026-03-02 (planned)", or "now 48%, by the clinic's
	 * dropout model (...)".
	 */
	private String result(CurrentUser user, Episode episode) {
		if (!episode.open()) {
			return "the episode ended on " + episode.end() + " ("
					+ ((episode.endReason() != null) ? episode.endReason().wireName() : "no reason given") + ")";
		}
		ClientDropoutRisk risk = this.dropoutRisk.of(user, episode.clientId());
		if (risk instanceof ClientDropoutRisk.Estimated estimated) {
			String method = (this.dropoutRisk.model(user.clinicId()) instanceof DropoutModelReport.Fitted fitted)
					? ", " + fitted.phrase() : "";
			return "now " + DropoutRiskFinding.percent(estimated.risk()) + method;
		}
		return "no risk now: " + ((ClientDropoutRisk.Unavailable) risk).reason();
	}

}
