package org.alliance.simulate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.alliance.simulate.SimulatedCollaboration.Goal;

/**
 * Lays a simulated clinic's goals and tasks out as CSV tables beside the clinic's own:
 * {@code goals.csv} (one row per goal and ladder level), {@code goal_ratings.csv},
 * {@code tasks.csv} and the planted truth {@code truth_task_ruptures.csv}.
 */
final class CollaborationTables {

	private CollaborationTables() {
	}

	static List<WrittenFile> write(SimulatedCollaboration collaboration, Path directory) throws IOException {
		List<WrittenFile> written = new ArrayList<>();
		for (CsvTable table : of(collaboration)) {
			Files.writeString(directory.resolve(table.name()), table.text(), StandardCharsets.UTF_8);
			written.add(new WrittenFile(table.name(), table.rows()));
		}
		return written;
	}

	static List<CsvTable> of(SimulatedCollaboration collaboration) {
		CsvTable goals = new CsvTable("goals.csv", "client", "goal", "wording", "weight", "written_by", "set_session",
				"level", "level_text");
		for (Goal goal : collaboration.goals()) {
			goal.ladder()
				.forEach((level, text) -> goals.row(goal.clientKey(), goal.key(), new CsvTable.Quoted(goal.wording()),
						goal.weight(), goal.writtenBy(), goal.setSession(), level, new CsvTable.Quoted(text)));
		}
		CsvTable ratings = new CsvTable("goal_ratings.csv", "goal", "session", "level", "rater");
		collaboration.ratings().forEach((r) -> ratings.row(r.goalKey(), r.session(), r.level(), r.rater()));
		CsvTable tasks = new CsvTable("tasks.csv", "client", "task", "description", "rationale", "agreement", "minutes",
				"set_session", "due_session", "replaces", "completion");
		collaboration.tasks()
			.forEach((t) -> tasks.row(t.clientKey(), t.key(), new CsvTable.Quoted(t.description()),
					new CsvTable.Quoted(t.rationale()), t.agreement(), t.minutes(), t.setSession(), t.dueSession(),
					t.replaces(), t.completion()));
		CsvTable truth = new CsvTable("truth_task_ruptures.csv", "client", "session");
		collaboration.planted().forEach((p) -> truth.row(p.clientKey(), p.session()));
		return List.of(goals, ratings, tasks, truth);
	}

}
