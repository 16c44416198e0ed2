package org.alliance.collaboration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.alliance.collaboration.TaskRuptureRule.TaskRupture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The task rupture of the founding text's illustration: Sarah "repeatedly agrees to
 * implement specific time management techniques [...] but returns to subsequent sessions
 * having failed to complete them".
 */
class TaskRuptureRuleTests {

	private final TaskRuptureRule rule = new TaskRuptureRule(2);

	@Test
	void agreedNotDoneTwiceInARowIsExactlyOneTaskRupture() {
		List<Task> tasks = List.of(task(1, Agreement.AGREED, 120, CompletionStatus.NOT_DONE),
				task(2, Agreement.AGREED, 120, CompletionStatus.NOT_DONE));
		List<TaskRupture> ruptures = this.rule.ruptures(tasks);
		assertThat(ruptures).hasSize(1);
		assertThat(ruptures.get(0).session()).isEqualTo(3);
		assertThat(ruptures.get(0).sessions()).containsExactly(2, 3);
		assertThat(ruptures.get(0).last().minutes()).isEqualTo(120);
	}

	@Test
	void doneNotDoneDoneIsNoRupture() {
		assertThat(
				this.rule.ruptures(statuses(CompletionStatus.DONE, CompletionStatus.NOT_DONE, CompletionStatus.DONE)))
			.isEmpty();
	}

	@Test
	void partlyDoneRunsAreNoRupture() {
		assertThat(
				this.rule.ruptures(statuses(CompletionStatus.PARTLY, CompletionStatus.PARTLY, CompletionStatus.PARTLY)))
			.isEmpty();
		assertThat(this.rule
			.ruptures(statuses(CompletionStatus.NOT_DONE, CompletionStatus.PARTLY, CompletionStatus.NOT_DONE)))
			.isEmpty();
	}

	@Test
	void tasksTheClientNeverAgreedToAreNoRupture() {
		List<Task> tasks = List.of(task(1, Agreement.NOT_AGREED, 60, CompletionStatus.NOT_DONE),
				task(2, Agreement.UNSURE, 60, CompletionStatus.NOT_DONE),
				task(3, Agreement.NOT_AGREED, 60, CompletionStatus.NOT_DONE));
		assertThat(this.rule.ruptures(tasks)).isEmpty();
	}

	@Test
	void aTaskNotReportedYetEndsTheRun() {
		List<Task> tasks = List.of(task(1, Agreement.AGREED, 60, CompletionStatus.NOT_DONE),
				task(2, Agreement.AGREED, 60, null), task(3, Agreement.AGREED, 60, CompletionStatus.NOT_DONE));
		assertThat(this.rule.ruptures(tasks)).isEmpty();
	}

	@Test
	void aThirdMissIsTheSameRuptureAndAFourthStartsAnother() {
		CompletionStatus no = CompletionStatus.NOT_DONE;
		assertThat(this.rule.ruptures(statuses(no, no, no))).hasSize(1);
		List<TaskRupture> four = this.rule.ruptures(statuses(no, no, no, no));
		assertThat(four).extracting(TaskRupture::session).containsExactly(3, 5);
	}

	@Test
	void aSessionCountsAsMissedOnlyWhenEveryAgreedTaskDueThenWasLeftUndone() {
		List<Task> tasks = new ArrayList<>(statuses(CompletionStatus.NOT_DONE, CompletionStatus.NOT_DONE));
		tasks.add(task(2, Agreement.AGREED, 10, CompletionStatus.DONE));
		assertThat(this.rule.ruptures(tasks)).isEmpty();
	}

	@Test
	void aRunOfOneIsNoRule() {
		assertThatThrownBy(() -> new TaskRuptureRule(1)).isInstanceOf(IllegalArgumentException.class);
	}

	/** Agreed 60-minute tasks set at sessions 1, 2, ... each due at the next. */
	private static List<Task> statuses(CompletionStatus... statuses) {
		List<Task> tasks = new ArrayList<>();
		for (int i = 0; i < statuses.length; i++) {
			tasks.add(task(i + 1, Agreement.AGREED, 60, statuses[i]));
		}
		return tasks;
	}

	/** A task set at the session and due at the next, with one report (or none). */
	static Task task(int setSession, Agreement agreement, int minutes, CompletionStatus status) {
		UUID id = UUID.randomUUID();
		List<TaskCompletion> completions = (status == null) ? List.of() : List
			.of(new TaskCompletion(UUID.randomUUID(), id, status, setSession + 1, "client-link", false, Instant.now()));
		return new Task(id, null, null, null, "Work on the project", "Small steps beat none", agreement, minutes,
				setSession, setSession + 1, null, null, "t@clinic.test", Instant.now(), completions);
	}

}
