package org.alliance.collaboration;

import java.util.List;
import java.util.Map;

import org.alliance.collaboration.TaskRuptureRule.TaskRupture;
import org.junit.jupiter.api.Test;

import static org.alliance.collaboration.TaskRuptureRuleTests.task;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a task-rupture signal says: the task subscale at the run's sessions and whether it
 * fell, and the founding text's "much smaller" task as a quarter of the last.
 */
class TaskRuptureEvidenceTests {

	private final TaskRupture rupture = new TaskRupture(
			List.of(task(1, Agreement.AGREED, 120, CompletionStatus.NOT_DONE),
					task(2, Agreement.AGREED, 120, CompletionStatus.NOT_DONE)));

	@Test
	void theTaskSubscaleDroppedWhenTheRunsLastRatingIsBelowTheLastBeforeIt() {
		assertThat(TaskRuptureScreen.dropped(this.rupture, Map.of(1, 8.0, 2, 7.0, 3, 5.0)))
			.isEqualTo("yes, from 8 at session 1 to 5 at session 3");
		assertThat(TaskRuptureScreen.dropped(this.rupture, Map.of(1, 6.0, 3, 6.0)))
			.isEqualTo("no, from 6 at session 1 to 6 at session 3");
		assertThat(TaskRuptureScreen.dropped(this.rupture, Map.of(3, 4.0))).startsWith("not known");
	}

	@Test
	void theEvidenceNamesTheDueSessionsAndSuggestsAQuarterOfTheLastTask() {
		String evidence = TaskRuptureScreen.evidence(this.rupture, Map.of(2, 6.0));
		assertThat(TaskRuptureScreen.lastDueSession(evidence)).contains(3);
		assertThat(evidence).contains("\"due sessions missed\":\"2, 3\"", "session 2: 6, session 3: not rated",
				"e.g. 30 minutes, a quarter of the last task's 120");
		assertThat(TaskRuptureScreen.summary(this.rupture))
			.isEqualTo("Agreed tasks not done at sessions 2 and 3 (120 and 120 minutes)");
	}

	@Test
	void aMuchSmallerTaskIsAQuarterButNeverUnderFiveMinutes() {
		// The founding text: two hours become 15 minutes; a quarter of 120 is 30.
		assertThat(TaskRuptureScreen.smaller(120)).isEqualTo(30);
		assertThat(TaskRuptureScreen.smaller(60)).isEqualTo(15);
		assertThat(TaskRuptureScreen.smaller(10)).isEqualTo(5);
	}

}
