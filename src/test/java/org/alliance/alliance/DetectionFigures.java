package org.alliance.alliance;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.alliance.simulate.PlantedRupture;

/**
 * Detected episodes scored against planted ruptures. A detected episode matches a planted
 * rupture of the same client at the same session, exactly.
 */
record DetectionFigures(String rule, int planted, int detected, int matched, int plantedAll, int matchedAll,
		int plantedComponent, int matchedComponent, int unplantedSessions, int falseAlarms, int repairAgreements) {

	static DetectionFigures of(String rule, List<RuptureEpisode> episodes, List<PlantedRupture> truth,
			int ratedSessions) {
		Map<String, RuptureEpisode> found = new HashMap<>();
		episodes.forEach((e) -> found.put(e.client() + "#" + e.session(), e));
		int matched = 0;
		int plantedAll = 0;
		int matchedAll = 0;
		int agree = 0;
		for (PlantedRupture rupture : truth) {
			RuptureEpisode episode = found.get(rupture.clientKey() + "#" + rupture.session());
			boolean all = "all".equals(rupture.subscales());
			plantedAll += all ? 1 : 0;
			if (episode != null) {
				matched++;
				matchedAll += all ? 1 : 0;
				agree += (episode.outcome().repaired() == rupture.repaired()) ? 1 : 0;
			}
		}
		int planted = truth.size();
		return new DetectionFigures(rule, planted, episodes.size(), matched, plantedAll, matchedAll,
				planted - plantedAll, matched - matchedAll, ratedSessions - planted, episodes.size() - matched, agree);
	}

	double recall() {
		return this.matched / (double) this.planted;
	}

	double precision() {
		return this.matched / (double) this.detected;
	}

	double recallAll() {
		return this.matchedAll / (double) this.plantedAll;
	}

	double recallComponent() {
		return this.matchedComponent / (double) this.plantedComponent;
	}

	double falseAlarmRate() {
		return this.falseAlarms / (double) this.unplantedSessions;
	}

	double repairAgreement() {
		return this.repairAgreements / (double) this.matched;
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT,
				"%-8s planted %d detected %d matched %d | recall %.3f (all-items %.3f of %d, single-subscale %.3f of %d)"
						+ " | precision %.3f | false alarms %.4f of %d unplanted sessions | repair agreement %.3f",
				this.rule, this.planted, this.detected, this.matched, recall(), recallAll(), this.plantedAll,
				recallComponent(), this.plantedComponent, precision(), falseAlarmRate(), this.unplantedSessions,
				repairAgreement());
	}

}
