package org.alliance.alliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * The Strauss (1 SD) and Stiles (2 SD) rules on hand-worked series. Scores are per-item
 * means on the 1–5 scale, where the default SD floor (a twelfth of the range) is a third
 * of a point, or WAI-SR totals on 12–60, where it is 4 points.
 */
class RuptureDetectorTests {

	private static final ClinicAllianceNorms NO_NORMS = new ClinicAllianceNorms(Map.of());

	private static final ScaleRange WAI_SR_TOTAL = new ScaleRange(12, 60);

	@Test
	void flagsAFallFromACeilingRunThatAnOwnSdOfZeroWouldHide() {
		// 5, 5, 5 then 4: own level 5, own SD 0, floored to 1/3; (5 − 4) / (1/3) = 3 SD.
		// The return to 5 at session 5 reaches the pre-rupture level: repaired there.
		RuptureSettings stiles = RuptureSettings.of(RuptureRule.STILES).withSdBasis(SdBasis.OWN_SESSIONS);
		List<RuptureEpisode> episodes = new RuptureDetector(stiles, NO_NORMS, ScaleRange.ONE_TO_FIVE)
			.detect(Clients.totals("C1", 5, 5, 5, 4, 5));
		assertThat(episodes).singleElement().satisfies((e) -> {
			assertThat(e.session()).isEqualTo(4);
			assertThat(e.rule()).isEqualTo("stiles");
			assertThat(e.scale()).isEqualTo(AllianceScale.TOTAL);
			assertThat(e.level()).isEqualTo(5.0);
			assertThat(e.dropSd()).isCloseTo(3.0, within(1e-12));
			assertThat(e.outcome()).isEqualTo(new RepairOutcome.Repaired(5));
		});
	}

	@Test
	void measuresADropFromASteadyRunAgainstTheFloor() {
		// 4, 4, 4, 4, 2: running mean 4, own SD 0 → floor 1/3; drop 2 / (1/3) = 6 SD.
		// The data end straight after the drop, so the repair window is still running.
		RuptureSettings strauss = RuptureSettings.of(RuptureRule.STRAUSS).withSdBasis(SdBasis.OWN_SESSIONS);
		List<RuptureEpisode> episodes = new RuptureDetector(strauss, NO_NORMS, ScaleRange.ONE_TO_FIVE)
			.detect(Clients.totals("C1", 4, 4, 4, 4, 2));
		assertThat(episodes).singleElement().satisfies((e) -> {
			assertThat(e.dropSd()).isCloseTo(6.0, within(1e-12));
			assertThat(e.outcome()).isInstanceOf(RepairOutcome.Pending.class);
		});
	}

	@Test
	void flagsOneSdButNotTwoOnTheClientsOwnSd() {
		// 4, 5, 4, 5 then 3.5: mean 4.5; sample SD √((4 × 0.25) / 3) = 0.577350; drop 1 /
		// 0.577350 = 1.732051 SD: Strauss (≥ 1) yes, Stiles (≥ 2) no. Then 4 and 4.2 stay
		// below 4.5 for the two-session window: unrepaired.
		ClientSeries series = Clients.totals("C1", 4, 5, 4, 5, 3.5, 4, 4.2);
		RuptureSettings strauss = RuptureSettings.of(RuptureRule.STRAUSS).withSdBasis(SdBasis.OWN_SESSIONS);
		assertThat(new RuptureDetector(strauss, NO_NORMS, ScaleRange.ONE_TO_FIVE).detect(series)).singleElement()
			.satisfies((e) -> {
				assertThat(e.session()).isEqualTo(5);
				assertThat(e.dropSd()).isCloseTo(1.732051, within(1e-6));
				assertThat(e.outcome()).isEqualTo(new RepairOutcome.Unrepaired());
			});
		assertThat(new RuptureDetector(strauss.withSdBasis(SdBasis.OWN_SESSIONS), NO_NORMS, ScaleRange.ONE_TO_FIVE)
			.detect(series)
			.get(0)
			.rule()).isEqualTo("strauss");
		RuptureSettings stiles = RuptureSettings.of(RuptureRule.STILES).withSdBasis(SdBasis.OWN_SESSIONS);
		assertThat(new RuptureDetector(stiles, NO_NORMS, ScaleRange.ONE_TO_FIVE).detect(series)).isEmpty();
	}

	@Test
	void measuresTheFallByTheClinicsWithinClientSdAndCountsExactlyTheThreshold() {
		// Clinic within-client SD 0.5; 3.9, 4.1, 3.0: level 4.0, drop 1 / 0.5 = 2 SD,
		// exactly Stiles.
		ClinicAllianceNorms norms = Clients.norms(AllianceScale.TOTAL, new ScaleNorm(4.2, 0.5, 0.4));
		RuptureSettings stiles = RuptureSettings.of(RuptureRule.STILES);
		assertThat(
				new RuptureDetector(stiles, norms, ScaleRange.ONE_TO_FIVE).detect(Clients.totals("C1", 3.9, 4.1, 3.0)))
			.singleElement()
			.satisfies((e) -> assertThat(e.dropSd()).isCloseTo(2.0, within(1e-12)));
	}

	@Test
	void measuresAFallFromAFlatRunByTheFloorWhateverTheBasis() {
		// 4, 4, 3: a flat run has no spread, so the floor 1/3 measures the fall, not the
		// clinic's 0.5: 1 / (1/3) = 3 SD.
		ClinicAllianceNorms norms = Clients.norms(AllianceScale.TOTAL, new ScaleNorm(4.2, 0.5, 0.4));
		RuptureSettings stiles = RuptureSettings.of(RuptureRule.STILES);
		assertThat(new RuptureDetector(stiles, norms, ScaleRange.ONE_TO_FIVE).detect(Clients.totals("C1", 4, 4, 3)))
			.singleElement()
			.satisfies((e) -> assertThat(e.dropSd()).isCloseTo(3.0, within(1e-12)));
	}

	@Test
	void judgesTheFirstSessionsAgainstTheClinicWideLevel() {
		// One earlier rating is too few for an own level (minimum 2): the clinic level
		// 4.2 and the spread of a first rating √(0.4² + 0.3²) = 0.5 apply; 3.2 is below
		// the 4.5 before it and (4.2 − 3.2) / 0.5 = 2 SD. The first rating itself is
		// never
		// a rupture: nothing to fall from.
		ClinicAllianceNorms norms = Clients.norms(AllianceScale.TOTAL, new ScaleNorm(4.2, 0.3, 0.4));
		RuptureSettings stiles = RuptureSettings.of(RuptureRule.STILES);
		assertThat(new RuptureDetector(stiles, norms, ScaleRange.ONE_TO_FIVE).detect(Clients.totals("C1", 4.5, 3.2)))
			.singleElement()
			.satisfies((e) -> {
				assertThat(e.session()).isEqualTo(2);
				assertThat(e.level()).isEqualTo(4.2);
				assertThat(e.dropSd()).isCloseTo(2.0, within(1e-12));
			});
	}

	@Test
	void flagsATaskRuptureWhenTheTotalHolds() {
		// Sessions at 4.5, 4.0 and 5.0 everywhere (level 4.5, not a flat run), then task
		// 3.0 with bond and goal at 4.5:
		// total
		// (4.5 + 3.0 + 4.5) / 3 = 4.0. Clinic SDs 0.5: total falls 1 SD (not Stiles),
		// task
		// falls 3 SD.
		List<ClientSession> sessions = new ArrayList<>();
		sessions.add(Clients.session(1, 4.5, 4.5, 4.5));
		sessions.add(Clients.session(2, 4.0, 4.0, 4.0));
		sessions.add(Clients.session(3, 5.0, 5.0, 5.0));
		sessions.add(Clients.session(4, 4.5, 3.0, 4.5));
		ClinicAllianceNorms norms = Clients.norms(new ScaleNorm(4.5, 0.5, 0.5));
		RuptureSettings stiles = RuptureSettings.of(RuptureRule.STILES);
		ClientSeries series = new ClientSeries("C1", sessions);
		assertThat(new RuptureDetector(stiles, norms, ScaleRange.ONE_TO_FIVE).detect(series)).singleElement()
			.satisfies((e) -> {
				assertThat(e.scale()).isEqualTo(AllianceScale.TASK);
				assertThat(e.dropSd()).isCloseTo(3.0, within(1e-12));
			});
		assertThat(new RuptureDetector(stiles.withWatchComponents(false), norms, ScaleRange.ONE_TO_FIVE).detect(series))
			.isEmpty();
	}

	@Test
	void holdsAComponentAloneToTheSidakAdjustedThreshold() {
		// Same level 4.5; task 3.4 falls 1.1 / 0.5 = 2.2 SD: past Stiles' 2 SD for the
		// total, short
		// of the 2.43 SD a single component needs when three are watched.
		List<ClientSession> sessions = new ArrayList<>();
		sessions.add(Clients.session(1, 4.5, 4.5, 4.5));
		sessions.add(Clients.session(2, 4.0, 4.0, 4.0));
		sessions.add(Clients.session(3, 5.0, 5.0, 5.0));
		sessions.add(Clients.session(4, 4.5, 3.4, 4.5));
		ClinicAllianceNorms norms = Clients.norms(new ScaleNorm(4.5, 0.5, 0.5));
		assertThat(new RuptureDetector(RuptureSettings.of(RuptureRule.STILES), norms, ScaleRange.ONE_TO_FIVE)
			.detect(new ClientSeries("C1", sessions))).isEmpty();
	}

	@Test
	void repairsOnlyWithinTheWindow() {
		// 4, 4, 4, 2, 3, 4: the return to 4 comes two sessions after the drop.
		ClientSeries series = Clients.totals("C1", 4, 4, 4, 2, 3, 4);
		RuptureSettings own = RuptureSettings.of(RuptureRule.STILES).withSdBasis(SdBasis.OWN_SESSIONS);
		assertThat(new RuptureDetector(own, NO_NORMS, ScaleRange.ONE_TO_FIVE).detect(series).get(0).outcome())
			.isEqualTo(new RepairOutcome.Repaired(6));
		assertThat(new RuptureDetector(own.withRepairWindow(1), NO_NORMS, ScaleRange.ONE_TO_FIVE).detect(series)
			.get(0)
			.outcome()).isEqualTo(new RepairOutcome.Unrepaired());
	}

	@Test
	void aRatingThatStaysLowIsTheSameRuptureButADeeperFallIsANewOne() {
		// 4, 4, 4, 2.5, 2.5: the second 2.5 is not a new rupture. 4, 4, 4, 3, 1: the 1
		// falls (3 − 1) / (1/3) = 6 SD below the open episode's 3, a whole Stiles
		// threshold again, so the first closes unrepaired and a second opens.
		RuptureSettings own = RuptureSettings.of(RuptureRule.STILES).withSdBasis(SdBasis.OWN_SESSIONS);
		assertThat(new RuptureDetector(own, NO_NORMS, ScaleRange.ONE_TO_FIVE)
			.detect(Clients.totals("C1", 4, 4, 4, 2.5, 2.5))).hasSize(1);
		assertThat(
				new RuptureDetector(own, NO_NORMS, ScaleRange.ONE_TO_FIVE).detect(Clients.totals("C1", 4, 4, 4, 3, 1)))
			.extracting(RuptureEpisode::session, (e) -> e.outcome().getClass().getSimpleName())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(4, "Unrepaired"),
					org.assertj.core.groups.Tuple.tuple(5, "Pending"));
	}

	@Test
	void aOnePointWobbleAtTheCeilingOfASumScoreIsNoRupture() {
		// Issue #7: WAI-SR totals 60, 60, 59. The floor is a twelfth of the range 12–60,
		// 48 / 12 = 4 points; the flat run 60, 60 has no spread of its own, so the fall
		// is
		// (60 − 59) / 4 = 0.25 SD, short of both rules, whatever the basis. A fixed third
		// of a point made it (60 − 59) / (1/3) = 3 SD.
		ClientSeries series = Clients.totals("C1", 60, 60, 59);
		ClinicAllianceNorms norms = Clients.norms(AllianceScale.TOTAL, new ScaleNorm(48, 3, 6));
		for (RuptureRule rule : RuptureRule.values()) {
			for (SdBasis basis : SdBasis.values()) {
				RuptureSettings settings = RuptureSettings.of(rule).withSdBasis(basis);
				assertThat(new RuptureDetector(settings, norms, WAI_SR_TOTAL).detect(series)).isEmpty();
			}
		}
	}

	@Test
	void flagsOneEpisodeOnceAtItsFirstSessionAndRepairsIt() {
		// Issue #7: WAI-SR totals 60, 60, 59, 52, 60 by Strauss. 59 is no rupture (see
		// above). 52 is below the 59 before it and below the level (60 + 60 + 59) / 3 =
		// 59.666667; the clinic SD of 3 is below the floor of 4, so the fall is
		// 7.666667 / 4 = 1.916667 SD, a Strauss rupture at session 4 (and not a Stiles
		// one). 60 is back at the level: repaired at session 5.
		ClinicAllianceNorms norms = Clients.norms(AllianceScale.TOTAL, new ScaleNorm(48, 3, 6));
		RuptureSettings strauss = RuptureSettings.of(RuptureRule.STRAUSS);
		assertThat(new RuptureDetector(strauss, norms, WAI_SR_TOTAL).detect(Clients.totals("C1", 60, 60, 59, 52, 60)))
			.singleElement()
			.satisfies((e) -> {
				assertThat(e.session()).isEqualTo(4);
				assertThat(e.level()).isCloseTo(59.666667, within(1e-6));
				assertThat(e.dropSd()).isCloseTo(1.916667, within(1e-6));
				assertThat(e.outcome()).isEqualTo(new RepairOutcome.Repaired(5));
			});
	}

	@Test
	void theSessionAfterAFlaggedOneIsTheSameEpisodeUnlessItFallsTheWholeThresholdAgain() {
		// 4, 4, 4, 3, 2.8 by Strauss on the own SD: the 3 falls 1 / (1/3) = 3 SD from the
		// flat run. The 2.8 is below it and 2.85 SD below the level 3.75, but only
		// (3 − 2.8) / (1/3) = 0.6 SD below the open episode's 3: the same rupture, still
		// open when the data end. With 2.5 instead it falls (3 − 2.5) / (1/3) = 1.5 SD
		// below the 3, a whole Strauss threshold again: a second rupture, and the first
		// closes unrepaired.
		RuptureSettings strauss = RuptureSettings.of(RuptureRule.STRAUSS).withSdBasis(SdBasis.OWN_SESSIONS);
		assertThat(new RuptureDetector(strauss, NO_NORMS, ScaleRange.ONE_TO_FIVE)
			.detect(Clients.totals("C1", 4, 4, 4, 3, 2.8))).singleElement().satisfies((e) -> {
				assertThat(e.session()).isEqualTo(4);
				assertThat(e.outcome()).isInstanceOf(RepairOutcome.Pending.class);
			});
		assertThat(new RuptureDetector(strauss, NO_NORMS, ScaleRange.ONE_TO_FIVE)
			.detect(Clients.totals("C1", 4, 4, 4, 3, 2.5)))
			.extracting(RuptureEpisode::session, (e) -> e.outcome().getClass().getSimpleName())
			.containsExactly(Tuple.tuple(4, "Unrepaired"), Tuple.tuple(5, "Pending"));
	}

	@Test
	void aRatingThatRoseIsNoRupture() {
		// Issue #7 (demo clinic, 23 → 24): a low client's second rating is judged against
		// the clinic level 45 and the first-rating SD √(6² + 3²) = 6.708204, so 24 is
		// (45 − 24) / 6.708204 = 3.13 SD below it; but it rose from 23. Falling to 22
		// instead is (45 − 22) / 6.708204 = 3.428638 SD below, and below the 23: a
		// rupture.
		ClinicAllianceNorms norms = Clients.norms(AllianceScale.TOTAL, new ScaleNorm(45, 3, 6));
		RuptureSettings stiles = RuptureSettings.of(RuptureRule.STILES);
		assertThat(new RuptureDetector(stiles, norms, WAI_SR_TOTAL).detect(Clients.totals("C1", 23, 24))).isEmpty();
		assertThat(new RuptureDetector(stiles, norms, WAI_SR_TOTAL).detect(Clients.totals("C1", 23, 22)))
			.singleElement()
			.satisfies((e) -> assertThat(e.dropSd()).isCloseTo(3.428638, within(1e-6)));
	}

	@Test
	void neverFlagsASessionThatDidNotFallBelowTheOneBefore() {
		// Any series of WAI-SR totals, either rule, either basis, norms from the series.
		qt().withExamples(300)
			.forAll(lists().of(integers().between(12, 60)).ofSizeBetween(2, 12), integers().between(0, 3))
			.checkAssert((totals, choice) -> {
				ClientSeries series = Clients.totals("C1", totals.stream().mapToDouble(Integer::doubleValue).toArray());
				RuptureSettings settings = RuptureSettings.of(RuptureRule.values()[choice % 2])
					.withSdBasis(SdBasis.values()[choice / 2]);
				for (RuptureEpisode e : new RuptureDetector(settings, ClinicAllianceNorms.of(List.of(series)),
						WAI_SR_TOTAL)
					.detect(series)) {
					assertThat(totals.get(e.session() - 1)).isLessThan(totals.get(e.session() - 2));
				}
			});
	}

	@Test
	void measuresTheNextDropByAnOwnSdThatTheRuptureBeforeDoesNotInflate() {
		// 4, 5, 4, 5, 2, 5, 3.4 by Strauss on the own SD. Session 5: level 4.5, sample SD
		// of 4, 5, 4, 5 √(1 / 3) = 0.577350, (4.5 − 2) / 0.577350 = 4.330127 SD; back to
		// 5 at session 6: repaired. Session 7: level (4 + 5 + 4 + 5 + 2 + 5) / 6 =
		// 4.166667. With the rupture's 2 in it, the SD of the six ratings would be
		// √(6.833333 / 5) = 1.169045 and 3.4 only (4.166667 − 3.4) / 1.169045 = 0.66 SD
		// down: hidden. Without it, the SD of 4, 5, 4, 5, 5 is √(1.2 / 4) = 0.547723 and
		// the fall 0.766667 / 0.547723 = 1.399735 SD: a second rupture.
		RuptureSettings strauss = RuptureSettings.of(RuptureRule.STRAUSS).withSdBasis(SdBasis.OWN_SESSIONS);
		assertThat(new RuptureDetector(strauss, NO_NORMS, ScaleRange.ONE_TO_FIVE)
			.detect(Clients.totals("C1", 4, 5, 4, 5, 2, 5, 3.4))).satisfiesExactly((first) -> {
				assertThat(first.session()).isEqualTo(5);
				assertThat(first.dropSd()).isCloseTo(4.330127, within(1e-6));
				assertThat(first.outcome()).isEqualTo(new RepairOutcome.Repaired(6));
			}, (second) -> {
				assertThat(second.session()).isEqualTo(7);
				assertThat(second.dropSd()).isCloseTo(1.399735, within(1e-6));
			});
	}

	@Test
	void measuresADropByAClinicSdThatTheClinicsRupturesDoNotInflate() {
		// Clinic: A 4, 4.5, 4, 4.5, 4 and B 4, 4, 1, whose fall to 1 is a rupture. Pooled
		// around each client's mean the within-client SD would be √((0.3 + 6) / 6) =
		// 1.024695. Read from successive differences over √2 (four of 0.353553 for A; 0
		// and 2.121320 for B) with Huber's clipping at k = 2 (β = 0.9205369): clipping
		// the
		// 2.121320 alone, s² = 4 × 0.125 / (6 × 0.9205369 − 4) = 0.328253, s = 0.572933,
		// and indeed 2.121320 > 2s = 1.145865 > 0.353553. Client C: 4, 4.5 then 3:
		// (4.25 − 3) / 0.572933 = 2.181758 SD, a Stiles rupture the pooled SD would have
		// hidden at 1.22 SD.
		ClinicAllianceNorms norms = ClinicAllianceNorms
			.of(List.of(Clients.totals("A", 4, 4.5, 4, 4.5, 4), Clients.totals("B", 4, 4, 1)));
		assertThat(norms.norm(AllianceScale.TOTAL).orElseThrow().withinClientSd()).isCloseTo(0.572933, within(1e-6));
		assertThat(new RuptureDetector(RuptureSettings.of(RuptureRule.STILES), norms, ScaleRange.ONE_TO_FIVE)
			.detect(Clients.totals("C", 4, 4.5, 3))).singleElement()
			.satisfies((e) -> assertThat(e.dropSd()).isCloseTo(2.181758, within(1e-6)));
	}

}
