package org.alliance.alliance;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.alliance.simulate.PlantedRupture;

/**
 * Detected episodes scored against planted ruptures. A detected episode matches a planted
 * rupture of the same client at the same session, exactly: the simulator plants the drop
 * at one session and the rules judge each session on its own, so a detection one session
 * off is a different (false) episode, not a late catch.
 *
 * @param rule the rule's code
 * @param detected episodes found
 * @param unplantedSessions rated sessions without a planted rupture
 * @param falseAlarms episodes that match no planted rupture
 * @param matched planted ruptures found, as the truth with its episode
 */
record DetectionFigures(String rule, List<PlantedRupture> truth, int detected, int unplantedSessions, int falseAlarms,
		Map<PlantedRupture, RuptureEpisode> matched) {

	static DetectionFigures of(String rule, List<RuptureEpisode> episodes, List<PlantedRupture> truth,
			int ratedSessions) {
		Map<String, RuptureEpisode> found = new HashMap<>();
		episodes.forEach((e) -> found.put(e.client() + "#" + e.session(), e));
		Map<PlantedRupture, RuptureEpisode> matched = new HashMap<>();
		for (PlantedRupture rupture : truth) {
			RuptureEpisode episode = found.get(rupture.clientKey() + "#" + rupture.session());
			if (episode != null) {
				matched.put(rupture, episode);
			}
		}
		return new DetectionFigures(rule, truth, episodes.size(), ratedSessions - truth.size(),
				episodes.size() - matched.size(), matched);
	}

	/** Share of the planted ruptures that pass the filter and were found. */
	double recall(Predicate<PlantedRupture> which) {
		List<PlantedRupture> planted = this.truth.stream().filter(which).toList();
		return planted.stream().filter(this.matched::containsKey).count() / (double) planted.size();
	}

	double recall() {
		return recall((r) -> true);
	}

	double recallAllItems() {
		return recall((r) -> "all".equals(r.subscales()));
	}

	double recallSingleSubscale() {
		return recall((r) -> !"all".equals(r.subscales()));
	}

	double recallFromCeiling() {
		return recall(PlantedRupture::fromCeiling);
	}

	double precision() {
		return this.matched.size() / (double) this.detected;
	}

	double falseAlarmRate() {
		return this.falseAlarms / (double) this.unplantedSessions;
	}

	/** Share of found ruptures whose repaired/unrepaired call agrees with the truth. */
	double repairAgreement() {
		return this.matched.entrySet()
			.stream()
			.filter((e) -> e.getKey().repaired() == e.getValue().outcome().repaired())
			.count() / (double) this.matched.size();
	}

	/** Share of ruptures among rated sessions: the base rate the precision rests on. */
	double baseRate() {
		return this.truth.size() / (double) (this.truth.size() + this.unplantedSessions);
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT,
				"%-8s planted %d, detected %d, matched %d: recall %.3f (all-items %.3f, single-subscale %.3f,"
						+ " from ceiling %.3f), precision %.3f, false alarms on %.2f%% of %d unplanted sessions,"
						+ " repair agreement %.3f",
				this.rule, this.truth.size(), this.detected, this.matched.size(), recall(), recallAllItems(),
				recallSingleSubscale(), recallFromCeiling(), precision(), 100 * falseAlarmRate(),
				this.unplantedSessions, repairAgreement());
	}

}
