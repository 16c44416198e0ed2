package org.alliance.alliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The Strauss (1 SD) and Stiles (2 SD) rules on hand-worked series. Scores are per-item
 * means on the 1–5 scale; the default SD floor is a third of a point.
 */
class RuptureDetectorTests {

	private static final ClinicAllianceNorms NO_NORMS = new ClinicAllianceNorms(Map.of());

	@Test
	void flagsAFallFromACeilingRunThatAnOwnSdOfZeroWouldHide() {
		// 5, 5, 5 then 4: own level 5, own SD 0, floored to 1/3; (5 − 4) / (1/3) = 3 SD.
		// The return to 5 at session 5 reaches the pre-rupture level: repaired there.
		RuptureSettings stiles = RuptureSettings.of(RuptureRule.STILES).withSdBasis(SdBasis.OWN_SESSIONS);
		List<RuptureEpisode> episodes = new RuptureDetector(stiles, NO_NORMS)
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
		List<RuptureEpisode> episodes = new RuptureDetector(strauss, NO_NORMS)
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
		assertThat(new RuptureDetector(strauss, NO_NORMS).detect(series)).singleElement().satisfies((e) -> {
			assertThat(e.session()).isEqualTo(5);
			assertThat(e.dropSd()).isCloseTo(1.732051, within(1e-6));
			assertThat(e.outcome()).isEqualTo(new RepairOutcome.Unrepaired());
		});
		assertThat(
				new RuptureDetector(strauss.withSdBasis(SdBasis.OWN_SESSIONS), NO_NORMS).detect(series).get(0).rule())
			.isEqualTo("strauss");
		RuptureSettings stiles = RuptureSettings.of(RuptureRule.STILES).withSdBasis(SdBasis.OWN_SESSIONS);
		assertThat(new RuptureDetector(stiles, NO_NORMS).detect(series)).isEmpty();
	}

	@Test
	void measuresTheFallByTheClinicsWithinClientSdAndCountsExactlyTheThreshold() {
		// Clinic within-client SD 0.5; 3.9, 4.1, 3.0: level 4.0, drop 1 / 0.5 = 2 SD,
		// exactly Stiles.
		ClinicAllianceNorms norms = Clients.norms(AllianceScale.TOTAL, new ScaleNorm(4.2, 0.5, 0.4));
		RuptureSettings stiles = RuptureSettings.of(RuptureRule.STILES);
		assertThat(new RuptureDetector(stiles, norms).detect(Clients.totals("C1", 3.9, 4.1, 3.0))).singleElement()
			.satisfies((e) -> assertThat(e.dropSd()).isCloseTo(2.0, within(1e-12)));
	}

	@Test
	void measuresAFallFromAFlatRunByTheFloorWhateverTheBasis() {
		// 4, 4, 3: a flat run has no spread, so the floor 1/3 measures the fall, not the
		// clinic's 0.5: 1 / (1/3) = 3 SD.
		ClinicAllianceNorms norms = Clients.norms(AllianceScale.TOTAL, new ScaleNorm(4.2, 0.5, 0.4));
		RuptureSettings stiles = RuptureSettings.of(RuptureRule.STILES);
		assertThat(new RuptureDetector(stiles, norms).detect(Clients.totals("C1", 4, 4, 3))).singleElement()
			.satisfies((e) -> assertThat(e.dropSd()).isCloseTo(3.0, within(1e-12)));
	}

	@Test
	void judgesTheFirstSessionsAgainstTheClinicWideLevel() {
		// One earlier rating is too few for an own level (minimum 2): the clinic level
		// 4.2
		// and the spread of a first rating √(0.4² + 0.3²) = 0.5 apply; (4.2 − 3.2) / 0.5
		// =
		// 2 SD. The first rating itself is never a rupture: nothing to fall from.
		ClinicAllianceNorms norms = Clients.norms(AllianceScale.TOTAL, new ScaleNorm(4.2, 0.3, 0.4));
		RuptureSettings stiles = RuptureSettings.of(RuptureRule.STILES);
		assertThat(new RuptureDetector(stiles, norms).detect(Clients.totals("C1", 1, 3.2))).singleElement()
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
		assertThat(new RuptureDetector(stiles, norms).detect(series)).singleElement().satisfies((e) -> {
			assertThat(e.scale()).isEqualTo(AllianceScale.TASK);
			assertThat(e.dropSd()).isCloseTo(3.0, within(1e-12));
		});
		assertThat(new RuptureDetector(stiles.withWatchComponents(false), norms).detect(series)).isEmpty();
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
		assertThat(new RuptureDetector(RuptureSettings.of(RuptureRule.STILES), norms)
			.detect(new ClientSeries("C1", sessions))).isEmpty();
	}

	@Test
	void repairsOnlyWithinTheWindow() {
		// 4, 4, 4, 2, 3, 4: the return to 4 comes two sessions after the drop.
		ClientSeries series = Clients.totals("C1", 4, 4, 4, 2, 3, 4);
		RuptureSettings own = RuptureSettings.of(RuptureRule.STILES).withSdBasis(SdBasis.OWN_SESSIONS);
		assertThat(new RuptureDetector(own, NO_NORMS).detect(series).get(0).outcome())
			.isEqualTo(new RepairOutcome.Repaired(6));
		assertThat(new RuptureDetector(own.withRepairWindow(1), NO_NORMS).detect(series).get(0).outcome())
			.isEqualTo(new RepairOutcome.Unrepaired());
	}

	@Test
	void aRatingThatStaysLowIsTheSameRuptureButADeeperFallIsANewOne() {
		// 4, 4, 4, 2.5, 2.5: the second 2.5 is not a new rupture. 4, 4, 4, 3, 1: the 1
		// falls
		// below the open episode's 3, so the first closes unrepaired and a second opens.
		RuptureSettings own = RuptureSettings.of(RuptureRule.STILES).withSdBasis(SdBasis.OWN_SESSIONS);
		assertThat(new RuptureDetector(own, NO_NORMS).detect(Clients.totals("C1", 4, 4, 4, 2.5, 2.5))).hasSize(1);
		assertThat(new RuptureDetector(own, NO_NORMS).detect(Clients.totals("C1", 4, 4, 4, 3, 1)))
			.extracting(RuptureEpisode::session, (e) -> e.outcome().getClass().getSimpleName())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(4, "Unrepaired"),
					org.assertj.core.groups.Tuple.tuple(5, "Pending"));
	}

}
