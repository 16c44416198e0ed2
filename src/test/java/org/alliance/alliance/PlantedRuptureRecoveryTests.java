package org.alliance.alliance;

import java.util.List;

import org.alliance.simulate.ClinicSimulator;
import org.alliance.simulate.PlantedRupture;
import org.alliance.simulate.SimulatedClinic;
import org.alliance.simulate.SimulationSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both rules, with their default settings, recover the ruptures the simulator planted in
 * the research clinic (seed 2026: 1,500 clients, ratings of items 1–7 on 1–5). The
 * defaults were chosen on another seed (7), so this seed checks them fresh.
 * <p>
 * The thresholds come from the simulator's known signal, as its author measured it on
 * this seed with each rule on the total score only: all-items ruptures caught by both
 * rules at least 99% of the time; single-subscale ruptures 82% (1 SD) and 62% (2 SD);
 * false alarms on 13.9% (1 SD) and 5.3% (2 SD) of unplanted sessions. Watching bond, task
 * and goal must lift the single-subscale recall above those figures without raising the
 * false alarms above them, and without costing the precision the total-only rule had. A
 * match is the same client at the same session ({@link DetectionFigures}).
 */
class PlantedRuptureRecoveryTests {

	private static SimulatedClinic clinic;

	private static List<ClientSeries> series;

	private static ClinicAllianceNorms norms;

	private static int ratedSessions;

	@BeforeAll
	static void simulate() {
		clinic = ClinicSimulator.simulate(SimulationSettings.research(2026));
		series = SimulatedSeries.of(clinic);
		norms = ClinicAllianceNorms.of(series);
		ratedSessions = series.stream().mapToInt((s) -> s.sessions().size()).sum();
	}

	@ParameterizedTest
	@EnumSource(RuptureRule.class)
	void catchesAllItemsRupturesAndLiftsSingleSubscaleRecallOverTheTotalAlone(RuptureRule rule) {
		DetectionFigures figures = figures(RuptureSettings.of(rule));
		DetectionFigures totalOnly = figures(RuptureSettings.of(rule).withWatchComponents(false));
		print("default (clinic SD, components watched)", figures);
		print("total only", totalOnly);
		print("own SD", figures(RuptureSettings.of(rule).withSdBasis(SdBasis.OWN_SESSIONS)));
		assertThat(figures.recallAllItems()).isGreaterThanOrEqualTo(0.99);
		assertThat(figures.recallSingleSubscale()).isGreaterThanOrEqualTo(authorsSingleSubscaleRecall(rule))
			.isGreaterThan(totalOnly.recallSingleSubscale());
	}

	@ParameterizedTest
	@EnumSource(RuptureRule.class)
	void raisesNoMoreFalseAlarmsAndKeepsThePrecisionOfTheTotalRule(RuptureRule rule) {
		DetectionFigures figures = figures(RuptureSettings.of(rule));
		// The precision the author's total-only rule had here: with base rate b of
		// planted
		// sessions, recall R (99% of all-items, the author's share of the others) and
		// false
		// alarm rate f, precision = R·b / (R·b + f·(1 − b)).
		double allItems = clinic.truth().ruptures().stream().filter((r) -> "all".equals(r.subscales())).count()
				/ (double) clinic.truth().ruptures().size();
		double recall = allItems * 0.99 + (1 - allItems) * authorsSingleSubscaleRecall(rule);
		double b = figures.baseRate();
		double f = authorsFalseAlarmRate(rule);
		double authorsPrecision = recall * b / (recall * b + f * (1 - b));
		System.out.printf("%s: precision of the total-only rule as the author measured it: %.3f%n", rule.code(),
				authorsPrecision);
		assertThat(figures.falseAlarmRate()).isLessThanOrEqualTo(f);
		assertThat(figures.precision()).isGreaterThanOrEqualTo(authorsPrecision);
	}

	@ParameterizedTest
	@EnumSource(RuptureRule.class)
	void neverLetsACeilingRunHideADrop(RuptureRule rule) {
		// A planted fall from all 5s drops every hit item a whole point: at least 1/(1/3)
		// = 3 SD on the hit subscale by the floor, past every threshold. All must be
		// found.
		assertThat(clinic.truth().ruptures()).filteredOn(PlantedRupture::fromCeiling).hasSizeGreaterThan(10);
		assertThat(figures(RuptureSettings.of(rule)).recallFromCeiling()).isEqualTo(1.0);
	}

	@ParameterizedTest
	@EnumSource(RuptureRule.class)
	void callsRepairAsPlanted(RuptureRule rule) {
		// The detector's repair is the simulator's: back to the pre-rupture level within
		// two
		// rated sessions; an open window at the end counts as not repaired, as in the
		// truth.
		// Calls can differ only where the simulator reads the level per item, rounded up,
		// and where a deeper fall closes an episode early, so nine in ten must agree; a
		// coin (about half the ruptures are repaired) would agree half the time.
		DetectionFigures figures = figures(RuptureSettings.of(rule));
		assertThat(figures.repairAgreement()).isGreaterThanOrEqualTo(0.9);
	}

	private static DetectionFigures figures(RuptureSettings settings) {
		List<RuptureEpisode> episodes = new RuptureDetector(settings, norms, ScaleRange.ONE_TO_FIVE).detect(series);
		return DetectionFigures.of(settings.rule().code(), episodes, clinic.truth().ruptures(), ratedSessions);
	}

	private static double authorsSingleSubscaleRecall(RuptureRule rule) {
		return (rule == RuptureRule.STRAUSS) ? 0.82 : 0.62;
	}

	private static double authorsFalseAlarmRate(RuptureRule rule) {
		return (rule == RuptureRule.STRAUSS) ? 0.139 : 0.053;
	}

	private static void print(String label, DetectionFigures figures) {
		System.out.println("seed 2026, " + label + ": " + figures);
	}

}
