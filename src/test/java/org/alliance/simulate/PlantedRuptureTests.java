package org.alliance.simulate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Planted ruptures are clear in the client's ratings: a sudden drop of at least one point
 * below the client's running level on the hit subscale (the level the rules of Strauss et
 * al. 2006 and Stiles et al. 2004 measure against), followed by a return to that level
 * within two attended sessions when repaired, and no return when not.
 */
class PlantedRuptureTests {

	private final SimulatedClinic clinic = Clinics.research();

	private final Map<String, List<SimulatedResponse>> checks = byClient("alliance-check");

	private final Map<String, List<SimulatedResponse>> predictions = byClient("alliance-check-p");

	@Test
	void everyRuptureSitsAtAnAttendedSessionAndFallsAPointBelowTheRunningLevel() {
		assertThat(this.clinic.truth().ruptures()).isNotEmpty().allSatisfy((rupture) -> {
			List<SimulatedResponse> series = this.checks.get(rupture.clientKey());
			int at = indexOf(series, rupture.session());
			assertThat(at).as("rupture at an attended session").isGreaterThanOrEqualTo(2);
			double level = level(series.subList(0, at), rupture.subscales());
			assertThat(score(series.get(at), rupture.subscales())).isLessThanOrEqualTo(level - 1);
		});
	}

	@Test
	void repairedRupturesReturnToTheRunningLevelWithinTwoSessionsAndOthersDoNot() {
		for (PlantedRupture rupture : this.clinic.truth().ruptures()) {
			List<SimulatedResponse> series = this.checks.get(rupture.clientKey());
			int at = indexOf(series, rupture.session());
			double level = level(series.subList(0, at), rupture.subscales());
			List<SimulatedResponse> window = series.subList(at + 1, Math.min(series.size(), at + 3));
			List<SimulatedResponse> beforeReturn = rupture.repaired()
					? window.subList(0, indexOf(window, rupture.repairSession())) : window;
			assertThat(beforeReturn).allSatisfy((r) -> assertThat(score(r, rupture.subscales())).isLessThan(level));
			if (rupture.repaired()) {
				SimulatedResponse repair = window.get(indexOf(window, rupture.repairSession()));
				assertThat(score(repair, rupture.subscales())).isGreaterThanOrEqualTo(level);
			}
		}
	}

	@Test
	void someRupturesFollowACeilingRunAndSomeHitOneSubscaleOnly() {
		List<PlantedRupture> ruptures = this.clinic.truth().ruptures();
		List<PlantedRupture> fromCeiling = ruptures.stream().filter(PlantedRupture::fromCeiling).toList();
		assertThat(fromCeiling).hasSizeGreaterThanOrEqualTo(10).allSatisfy((rupture) -> {
			List<SimulatedResponse> series = this.checks.get(rupture.clientKey());
			List<SimulatedResponse> before = series.subList(0, indexOf(series, rupture.session()));
			assertThat(before).allSatisfy((r) -> assertThat(score(r, "all")).isEqualTo(5.0));
		});
		Set<String> subscales = ruptures.stream().map(PlantedRupture::subscales).collect(Collectors.toSet());
		assertThat(subscales).containsExactlyInAnyOrder("all", "bond", "task", "goal");
		assertThat(ruptures.stream().filter((r) -> "all".equals(r.subscales())).count())
			.isGreaterThan(ruptures.size() / 2);
		assertThat(ruptures).anyMatch(PlantedRupture::repaired).anyMatch((r) -> !r.repaired());
	}

	@Test
	void therapistsOverestimateTheClientsRatingAtARupture() {
		double atRupture = this.clinic.truth()
			.ruptures()
			.stream()
			.mapToDouble((r) -> predictionGap(r.clientKey(), r.session()))
			.average()
			.orElseThrow();
		double overall = this.checks.keySet()
			.stream()
			.flatMap((client) -> this.checks.get(client).stream())
			.mapToDouble((r) -> predictionGap(r.clientKey(), r.sessionNumber()))
			.average()
			.orElseThrow();
		// A therapist who saw every rupture coming would predict the drop: the gap at a
		// rupture
		// would be the usual gap. The planted drop is at least a point on the hit
		// subscale.
		assertThat(atRupture).isGreaterThan(0.5).isGreaterThan(overall + 0.5);
	}

	@Test
	void clientsWriteMoreAndMoreStrainedFeedbackAtARupture() {
		long answered = this.clinic.truth()
			.ruptures()
			.stream()
			.map((r) -> this.checks.get(r.clientKey()).get(indexOf(this.checks.get(r.clientKey()), r.session())))
			.filter((r) -> r.openAnswer() != null)
			.count();
		assertThat(answered / (double) this.clinic.truth().ruptures().size()).isGreaterThan(0.5);
	}

	private double predictionGap(String client, int session) {
		List<SimulatedResponse> series = this.checks.get(client);
		List<SimulatedResponse> predicted = this.predictions.get(client);
		int at = indexOf(series, session);
		return score(predicted.get(at), "all") - score(series.get(at), "all");
	}

	/** Mean of the earlier subscale scores: the client's own running level. */
	private static double level(List<SimulatedResponse> earlier, String subscale) {
		return earlier.stream().mapToDouble((r) -> score(r, subscale)).average().orElseThrow();
	}

	private static double score(SimulatedResponse response, String subscale) {
		AllianceScores scores = AllianceScores.of(response.answers());
		return switch (subscale) {
			case "bond" -> scores.bond();
			case "task" -> scores.task();
			case "goal" -> scores.goal();
			default -> scores.total();
		};
	}

	private static int indexOf(List<SimulatedResponse> series, int session) {
		return IntStream.range(0, series.size())
			.filter((i) -> series.get(i).sessionNumber() == session)
			.findFirst()
			.orElse(-1);
	}

	private Map<String, List<SimulatedResponse>> byClient(String instrument) {
		return this.clinic.responses()
			.stream()
			.filter((r) -> instrument.equals(r.instrument()))
			.collect(Collectors.groupingBy(SimulatedResponse::clientKey));
	}

}
