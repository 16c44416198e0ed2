package org.alliance.outcome;

import java.util.List;
import java.util.UUID;

/**
 * An episode's dropout risk as the client page and the session brief show it: the risk as
 * a percentage with the method named and the features that raise it most in plain words,
 * or the reason no number is shown.
 *
 * @param shown whether there is a number
 * @param percent the risk, e.g. "62%"; null when none is shown
 * @param method the model in words ({@link DropoutModelReport.Fitted#phrase}); null when
 * none is shown
 * @param drivers up to three features that raise the risk most, largest first
 * @param reason why no number is shown, e.g. "not enough finished episodes (6 dropouts,
 * need 60)"; null when one is
 * @param landmark the session L the features are read up to
 * @param signalRisk the risk at or above which the inbox is told, in words, e.g. "34%
 * (twice the clinic's dropout rate of 17%)"
 * @param eventsPerFeature dropouts per feature the model needs before it is fitted
 */
record DropoutRiskCard(boolean shown, String percent, String method, List<DriverLine> drivers, String reason,
		int landmark, String signalRisk, int eventsPerFeature) {

	DropoutRiskCard {
		drivers = List.copyOf(drivers);
	}

	/** The card of an episode as the clinic's kept model judges it. */
	static DropoutRiskCard of(EpisodeOutcome episode, DropoutRisk service, UUID clinicId) {
		return of(episode.dropoutRisk(), service.model(clinicId), service.landmarkSession(),
				service.signalLevel(clinicId), service.eventsPerFeature());
	}

	/**
	 * @param risk the episode's risk or why there is none; null reads as "not available
	 * yet"
	 * @param model the clinic's model as kept
	 */
	static DropoutRiskCard of(ClientDropoutRisk risk, DropoutModelReport model, int landmark,
			DropoutSignalLevel signalLevel, int eventsPerFeature) {
		String signal = signalLevel.words();
		if (risk instanceof ClientDropoutRisk.Estimated estimated
				&& model instanceof DropoutModelReport.Fitted fitted) {
			return new DropoutRiskCard(true, DropoutRiskFinding.percent(estimated.risk()), fitted.phrase(),
					estimated.drivers().stream().map(DriverLine::of).toList(), null, landmark, signal,
					eventsPerFeature);
		}
		String reason = (risk instanceof ClientDropoutRisk.Unavailable none) ? none.reason() : "not available yet";
		return new DropoutRiskCard(false, null, null, List.of(), reason, landmark, signal, eventsPerFeature);
	}

	/**
	 * A feature that raises the risk.
	 *
	 * @param words e.g. "weak early alliance"
	 * @param detail the client's value against the clinic's mean
	 */
	record DriverLine(String words, String detail) {

		static DriverLine of(DropoutDriver driver) {
			return new DriverLine(driver.inWords(), driver.detail());
		}

	}

}
