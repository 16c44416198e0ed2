package org.alliance.alliance;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Trajectories on the forms' own scales and as percent of scale maximum.
 */
class ClientTrajectoryTests {

	@Test
	void putsFormsOfDifferentScalesOnOnePompScale() {
		// POMP = (mean − min) / (max − min) × 100: 4.0 on 1–5 → 75; 3.5 on 1–5 → 62.5;
		// 4.0 on a 1–7 form → 50.
		List<SessionRating> ratings = List.of(
				new SessionRating("C1", 2, Perspective.CLIENT, ScaleRange.ONE_TO_FIVE, Map.of(AllianceScale.BOND, 4.0)),
				new SessionRating("C1", 1, Perspective.THERAPIST, ScaleRange.ONE_TO_FIVE,
						Map.of(AllianceScale.TASK, 3.5)),
				new SessionRating("C1", 1, Perspective.PREDICTION, new ScaleRange(1, 7),
						Map.of(AllianceScale.GOAL, 4.0)),
				new SessionRating("C2", 1, Perspective.CLIENT, ScaleRange.ONE_TO_FIVE,
						Map.of(AllianceScale.BOND, 1.0)));
		ClientTrajectory trajectory = ClientTrajectory.of("C1", ratings);
		assertThat(trajectory.points())
			.extracting(TrajectoryPoint::session, TrajectoryPoint::perspective, TrajectoryPoint::pomp)
			.containsExactly(tuple(1, Perspective.THERAPIST, 62.5), tuple(1, Perspective.PREDICTION, 50.0),
					tuple(2, Perspective.CLIENT, 75.0));
		assertThat(trajectory.series(Perspective.CLIENT, AllianceScale.BOND)).singleElement()
			.satisfies((p) -> assertThat(p.itemMean()).isEqualTo(4.0));
	}

	@Test
	void refusesAMeanOutsideTheFormsScale() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SessionRating("C1", 1, Perspective.CLIENT,
				ScaleRange.ONE_TO_FIVE, Map.of(AllianceScale.TOTAL, 5.5)));
	}

}
