package org.alliance.collaboration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alliance.simulate.ClinicSimulator;
import org.alliance.simulate.CollaborationSimulator;
import org.alliance.simulate.SimulatedClinic;
import org.alliance.simulate.SimulatedCollaboration;
import org.alliance.simulate.SimulatedCollaboration.PlantedTaskRupture;
import org.alliance.simulate.SimulationSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator's goals and tasks: the same for the same seed, and the task-rupture rule
 * finds exactly the ruptures planted in them, no more and no fewer.
 */
class SimulatedTaskRupturesTests {

	@Test
	void theRuleFindsExactlyThePlantedTaskRupturesOfTheResearchClinic() {
		SimulatedClinic clinic = ClinicSimulator.simulate(SimulationSettings.research(2026));
		SimulatedCollaboration simulated = CollaborationSimulator.simulate(clinic, 2026);
		assertThat(simulated.planted()).hasSizeGreaterThan(20);
		assertThat(found(simulated)).containsExactlyInAnyOrderElementsOf(simulated.planted());
	}

	@Test
	void theDemoClinicHasRupturesStillOpenAndGoalsWithLadders() {
		SimulatedClinic clinic = ClinicSimulator.simulate(SimulationSettings.demo());
		SimulatedCollaboration simulated = CollaborationSimulator.simulate(clinic, 42);
		assertThat(simulated.planted()).hasSizeGreaterThanOrEqualTo(2);
		assertThat(found(simulated)).containsExactlyInAnyOrderElementsOf(simulated.planted());
		assertThat(simulated.goals()).allSatisfy((goal) -> assertThat(goal.ladder()).hasSize(5));
		assertThat(simulated.ratings()).isNotEmpty();
		assertThat(CollaborationSimulator.simulate(clinic, 42)).isEqualTo(simulated);
	}

	private static List<PlantedTaskRupture> found(SimulatedCollaboration simulated) {
		Map<String, List<Task>> byClient = new LinkedHashMap<>();
		for (SimulatedCollaboration.Task t : simulated.tasks()) {
			UUID id = UUID.randomUUID();
			List<TaskCompletion> completions = (t.completion() == null) ? List.of()
					: List.of(new TaskCompletion(UUID.randomUUID(), id,
							CompletionStatus.fromWire(t.completion()).orElseThrow(), t.dueSession(), "sim", false,
							Instant.EPOCH));
			byClient.computeIfAbsent(t.clientKey(), (k) -> new ArrayList<>())
				.add(new Task(id, null, null, null, t.description(), t.rationale(),
						Agreement.fromWire(t.agreement()).orElseThrow(), t.minutes(), t.setSession(), t.dueSession(),
						null, null, "sim", Instant.EPOCH, completions));
		}
		TaskRuptureRule rule = new TaskRuptureRule(2);
		List<PlantedTaskRupture> found = new ArrayList<>();
		byClient.forEach((client, tasks) -> rule.ruptures(tasks)
			.forEach((rupture) -> found.add(new PlantedTaskRupture(client, rupture.session()))));
		return found;
	}

}
