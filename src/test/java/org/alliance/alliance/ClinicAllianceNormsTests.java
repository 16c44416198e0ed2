package org.alliance.alliance;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The clinic's level and pooled within-client SD, worked by hand.
 */
class ClinicAllianceNormsTests {

	@Test
	void poolsTheWithinClientSpreadOverClients() {
		// A: 4, 5; B: 3, 3, 3. Level 18 / 5 = 3.6. Within, from the successive
		// differences over √2 (A: 0.707107; B: 0, 0) by Huber's Proposal 2 at k = 2
		// (β = 0.9205369): nothing beyond 2s, so s² = 0.5 / (3 × 0.9205369) = 0.181053,
		// s = 0.425504 (and 0.707107 ≤ 2s = 0.851008). Client means 4.5 and 3: SD
		// √((0.75² + 0.75²) / 1) = 1.060660.
		ClinicAllianceNorms norms = ClinicAllianceNorms
			.of(List.of(Clients.totals("A", 4, 5), Clients.totals("B", 3, 3, 3)));
		ScaleNorm total = norms.norm(AllianceScale.TOTAL).orElseThrow();
		assertThat(total.level()).isCloseTo(3.6, within(1e-12));
		assertThat(total.withinClientSd()).isCloseTo(0.425504, within(1e-6));
		assertThat(total.betweenClientSd()).isCloseTo(1.060660, within(1e-6));
		assertThat(norms.norm(AllianceScale.BOND)).isEmpty();
	}

	@Test
	void addsBetweenAndWithinVarianceForAFirstRating() {
		// √(0.4² + 0.3²) = 0.5
		assertThat(new ScaleNorm(4, 0.3, 0.4).firstSessionsSd()).isCloseTo(0.5, within(1e-12));
	}

	@Test
	void aClinicWhereAlmostNoOneMovesHasNoWithinClientSpreadAndLeavesItToTheFloor() {
		// 5, 5, 5, 5, 5, 4: five differences, one non-zero. A positive s would need
		// min(d², 4s²) summed, here 4s² at most, to reach 5 × 0.9205369 × s² = 4.60s²:
		// impossible, so the estimate is 0 (the ordinary pooled SD would be 0.41).
		ClinicAllianceNorms norms = ClinicAllianceNorms.of(List.of(Clients.totals("A", 5, 5, 5, 5, 5, 4)));
		assertThat(norms.norm(AllianceScale.TOTAL).orElseThrow().withinClientSd()).isZero();
	}

}
