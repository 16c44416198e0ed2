package org.alliance.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.alliance.alliance.ClientAlliance;
import org.alliance.alliance.RepairOutcome;
import org.alliance.alliance.RuptureEpisode;
import org.alliance.alliance.RuptureRule;
import org.alliance.report.EpisodeReport.RuptureLine;

/**
 * An episode's ruptures and their repair, under both published rules, a drop of 1 SD
 * below the client's own level (Strauss et al. 2006,
 * https://pmc.ncbi.nlm.nih.gov/articles/PMC3268072/) and of 2 SD (Stiles et al. 2004,
 * "Patterns of alliance development and the rupture-repair hypothesis", Journal of
 * Counseling Psychology 51(1)): they disagree, so both are reported, and the rule that
 * raises the clinic's signals is marked.
 */
final class RuptureWords {

	private RuptureWords() {
	}

	/**
	 * @param signalRule the code of the rule whose ruptures raise signals
	 * @param ended whether the episode has ended, so that a repair still awaited will
	 * never come
	 * @return by session, the signalling rule first; never null
	 */
	static List<RuptureLine> of(ClientAlliance alliance, String signalRule, boolean ended) {
		List<RuptureLine> lines = new ArrayList<>();
		for (RuptureRule rule : RuptureRule.values()) {
			for (RuptureEpisode rupture : alliance.ruptures().getOrDefault(rule.code(), List.of())) {
				lines.add(
						new RuptureLine(rupture.session(), rule(rule), rule.code().equals(signalRule),
								rupture.scale().code(), String.format(Locale.ROOT, "%.2f → %.2f (%.1f SD)",
										rupture.level(), rupture.rating(), rupture.dropSd()),
								outcome(rupture.outcome(), ended)));
			}
		}
		lines.sort(Comparator.comparingInt(RuptureLine::session).thenComparing((l) -> !l.signalled()));
		return lines;
	}

	private static String rule(RuptureRule rule) {
		String source = (rule == RuptureRule.STRAUSS) ? "Strauss et al. 2006" : "Stiles et al. 2004";
		return String.format(Locale.ROOT, "%.0f SD (%s)", rule.thresholdSd(), source);
	}

	private static String outcome(RepairOutcome outcome, boolean ended) {
		if (outcome instanceof RepairOutcome.Repaired repaired) {
			return "repaired at session " + repaired.session();
		}
		if (outcome instanceof RepairOutcome.Pending) {
			return ended ? "not repaired (the episode ended first)" : "repair window still open";
		}
		return "not repaired";
	}

}
