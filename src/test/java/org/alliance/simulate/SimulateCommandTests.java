package org.alliance.simulate;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

class SimulateCommandTests {

	@TempDir
	Path temp;

	@Test
	void writesEveryFileAndSummarisesEachInOneLine() {
		StringWriter out = new StringWriter();
		int exit = new CommandLine(new SimulateCommand()).setOut(new PrintWriter(out))
			.execute("--seed", "7", "--out", this.temp.toString(), "--therapists", "2", "--clients-per-therapist", "3");
		assertThat(exit).isZero();
		assertThat(this.temp.toFile().list()).contains("therapists.csv", "clients.csv", "sessions.csv", "responses.csv",
				"alliance.csv", "alliance_scores.csv", "truth_ruptures.csv", "truth_dropouts.csv", "README.txt",
				"goals.csv", "goal_ratings.csv", "tasks.csv", "truth_task_ruptures.csv");
		assertThat(out.toString().lines()).hasSize(14)
			.anySatisfy((line) -> assertThat(line).contains("clients.csv: 6 rows"));
	}

	@Test
	void helpExplainsTheSeed() {
		StringWriter out = new StringWriter();
		int exit = new CommandLine(new SimulateCommand()).setOut(new PrintWriter(out)).execute("--help");
		assertThat(exit).isZero();
		assertThat(out.toString()).contains("--seed").contains("--out").contains("planted");
	}

	@Test
	void refusesAClinicWithoutTherapists() {
		StringWriter err = new StringWriter();
		int exit = new CommandLine(new SimulateCommand()).setErr(new PrintWriter(err))
			.execute("--out", this.temp.toString(), "--therapists", "0");
		assertThat(exit).isEqualTo(2);
		assertThat(err.toString()).contains("at least 1 therapist");
	}

}
