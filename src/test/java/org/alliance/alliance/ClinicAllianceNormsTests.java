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
		// A: 4, 5 (mean 4.5, squares 0.25 + 0.25); B: 3, 3, 3 (mean 3, squares 0).
		// Level 18 / 5 = 3.6. Within: √(0.5 / (1 + 2)) = 0.408248. Client means 4.5 and
		// 3:
		// SD √((0.75² + 0.75²) / 1) = 1.060660.
		ClinicAllianceNorms norms = ClinicAllianceNorms
			.of(List.of(Clients.totals("A", 4, 5), Clients.totals("B", 3, 3, 3)));
		ScaleNorm total = norms.norm(AllianceScale.TOTAL).orElseThrow();
		assertThat(total.level()).isCloseTo(3.6, within(1e-12));
		assertThat(total.withinClientSd()).isCloseTo(0.408248, within(1e-6));
		assertThat(total.betweenClientSd()).isCloseTo(1.060660, within(1e-6));
		assertThat(norms.norm(AllianceScale.BOND)).isEmpty();
	}

	@Test
	void addsBetweenAndWithinVarianceForAFirstRating() {
		// √(0.4² + 0.3²) = 0.5
		assertThat(new ScaleNorm(4, 0.3, 0.4).firstSessionsSd()).isCloseTo(0.5, within(1e-12));
	}

}
