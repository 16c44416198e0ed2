package org.alliance.alliance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both rules, with their default settings, on a clinic of another shape than the
 * simulator's ({@link HeldOutShapedClinic}: WAI-SR-like totals on 12–60, 300 clients,
 * noisier), as the {@code ruptures} command reads it. Issue #7 found three kinds of false
 * alarm on such data, each wrong by the rules' own definitions; none may occur. The
 * generator's settings were chosen on seeds 7 and 11 so that the rules as they were then
 * gave about the issue's figures (the 2 SD rule found 85% of the planted ruptures, 46% of
 * its flags real; the 1 SD rule 19% real); this seed checks them fresh. A match is the
 * same client at the same session ({@link DetectionFigures}).
 */
class HeldOutRuptureRecoveryTests {

	private static HeldOutShapedClinic clinic;

	private static ClinicAllianceNorms norms;

	private static Map<String, List<Double>> totals;

	@BeforeAll
	static void generate() {
		clinic = HeldOutShapedClinic.generate(2026);
		norms = ClinicAllianceNorms.of(clinic.series());
		totals = new HashMap<>();
		clinic.series().forEach((s) -> totals.put(s.client(), s.scores(AllianceScale.TOTAL)));
	}

	@ParameterizedTest
	@EnumSource(RuptureRule.class)
	void flagsNoWobbleNoRiseAndNoSecondSessionOfAnOpenEpisode(RuptureRule rule) {
		List<RuptureEpisode> episodes = detect(rule);
		System.out.println("held-out seed 2026: "
				+ DetectionFigures.of(rule.code(), episodes, clinic.truth(), clinic.ratedSessions()));
		for (RuptureEpisode e : episodes) {
			double before = totals.get(e.client()).get(e.session() - 2);
			assertThat(e.level() - e.rating()).as("fall from the level at %s", e).isGreaterThan(1);
			assertThat(e.rating()).as("fall from the session before %s", e).isLessThan(before);
		}
		for (int i = 1; i < episodes.size(); i++) {
			RuptureEpisode first = episodes.get(i - 1);
			RuptureEpisode next = episodes.get(i);
			if (first.client().equals(next.client()) && next.session() == first.session() + 1) {
				// Only a fresh rupture may follow straight on: a whole threshold, at
				// least
				// the threshold times the 4-point floor, below the one before.
				assertThat(first.rating() - next.rating()).as("second flag %s after %s", next, first)
					.isGreaterThanOrEqualTo(4 * rule.thresholdSd());
			}
		}
	}

	@ParameterizedTest
	@EnumSource(RuptureRule.class)
	void keepsTheRecallTheTwoSdRuleHadOnTheIssuesData(RuptureRule rule) {
		// The issue's 85% for the 2 SD rule; the 1 SD rule, flagging more, must do no
		// worse.
		DetectionFigures figures = DetectionFigures.of(rule.code(), detect(rule), clinic.truth(),
				clinic.ratedSessions());
		assertThat(figures.recall()).isGreaterThanOrEqualTo(0.85);
	}

	private static List<RuptureEpisode> detect(RuptureRule rule) {
		return new RuptureDetector(RuptureSettings.of(rule), norms, HeldOutShapedClinic.TOTAL_RANGE)
			.detect(clinic.series());
	}

}
