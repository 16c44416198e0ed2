package org.alliance.outcome;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.alliance.command.AllianceCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code alliance outcomes} on the six worked cases of issue #9 and on the bad input a
 * researcher's export brings: a missing column, a score out of range, text for a number,
 * a repeated episode, an episode with one score.
 */
class OutcomesCommandTests {

	/** Issue #9's worked cases, in its order; "E 5, late" needs quoting. */
	private static final String WORKED = """
			episode,phq9_first,phq9_last,gad7_first,gad7_last,treatment_sessions
			E1,18,7,12,6,6
			E2,15,10,9,8,4
			E3,8,9,6,5,3
			E4,20,14,10,15,5
			"E 5, late",12,4,9,3,1
			E6,10,3,7,2,2
			""";

	private static final String CATEGORISED = """
			episode,finished,case_start,recovered,reliable_improvement,reliable_deterioration,reliable_recovery
			E1,true,true,true,true,false,true
			E2,true,true,false,false,false,false
			E3,true,false,,false,false,
			E4,true,true,false,false,false,false
			"E 5, late",false,,,,,
			E6,true,true,true,true,false,true
			""";

	@TempDir
	Path dir;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@Test
	void writesTheCategoriesOfTheIssuesWorkedCases() throws IOException {
		assertThat(run("--data", write(WORKED).toString())).isZero();
		assertThat(this.out.toString()).isEqualTo(CATEGORISED);
		// 6 episodes, 5 finished; all 5 have paired scores and 4 were cases (E1, E2, E4,
		// E6); E1 and E6 recovered, reliably improved and reliably recovered.
		assertThat(this.err.toString()).contains("over 6 episodes")
			.contains("finished a course        83.3%  5 of 6 episodes")
			.contains("case at the start        80.0%  4 of 5 finished with paired scores")
			.contains("recovery                 50.0%  2 of 4 finished cases")
			.contains("reliable improvement     40.0%  2 of 5 finished with paired scores")
			.contains("reliable deterioration    0.0%  0 of 5 finished with paired scores")
			.contains("reliable recovery        50.0%  2 of 4 finished cases");
	}

	@Test
	void readsColumnsInAnyOrderAmongOthersAndWritesToAFile() throws IOException {
		Path data = write("""
				site,treatment_sessions,gad7_last,gad7_first,phq9_last,phq9_first,episode
				north,6,6,12,7,18,E1
				""");
		Path target = this.dir.resolve("categories.csv");
		assertThat(run("--data", data.toString(), "--out", target.toString())).isZero();
		assertThat(Files.readString(target)).isEqualTo(CategoriesCsv.HEADER + "\nE1,true,true,true,true,false,true\n");
		assertThat(this.out.toString()).isEmpty();
	}

	@Test
	void runsFromTheRootCommand() throws IOException {
		CommandLine cli = new CommandLine(new AllianceCommand());
		cli.setOut(new PrintWriter(this.out, true));
		cli.setErr(new PrintWriter(this.err, true));
		assertThat(cli.execute("outcomes", "--data", write(WORKED).toString())).isZero();
		assertThat(this.out.toString()).isEqualTo(CATEGORISED);
	}

	@Test
	void namesEveryMissingColumn() throws IOException {
		Path data = write("episode,phq9_first,phq9_last,gad7_first,sessions\nE1,18,7,12,6\n");
		assertThat(run("--data", data.toString())).isNotZero();
		assertThat(this.err.toString()).contains("missing column(s) gad7_last, treatment_sessions")
			.contains("has: episode, phq9_first, phq9_last, gad7_first, sessions");
		assertRefusedCleanly();
	}

	@Test
	void refusesAScoreOutOfRangeNamingRowAndColumn() throws IOException {
		Path data = write(WORKED.replace("E3,8,9,", "E3,28,9,"));
		assertThat(run("--data", data.toString())).isNotZero();
		assertThat(this.err.toString()).contains("row 3 (line 4 of the file), column 'phq9_first'")
			.contains("28")
			.contains("0 to 27");
		assertRefusedCleanly();

		Path gad = write(WORKED.replace("E2,15,10,9,8,4", "E2,15,10,9,22,4"));
		assertThat(run("--data", gad.toString())).isNotZero();
		assertThat(this.err.toString()).contains("row 2 (line 3 of the file), column 'gad7_last'")
			.contains("22")
			.contains("0 to 21");
	}

	@Test
	void refusesTextAndNonFiniteNumbersNamingRowAndColumn() throws IOException {
		for (String bad : new String[] { "ten", "Inf", "NaN", "Infinity", "-Inf" }) {
			this.err.getBuffer().setLength(0);
			Path data = write(WORKED.replace("E4,20,14,", "E4," + bad + ",14,"));
			assertThat(run("--data", data.toString())).as(bad).isNotZero();
			assertThat(this.err.toString()).as(bad)
				.contains("row 4 (line 5 of the file), column 'phq9_first'")
				.contains("'" + bad + "' is not a number");
			assertRefusedCleanly();
		}
	}

	@Test
	void refusesARepeatedEpisodeNamingBothRows() throws IOException {
		Path data = write(WORKED + "E2,15,9,9,8,4\n");
		assertThat(run("--data", data.toString())).isNotZero();
		assertThat(this.err.toString())
			.contains("row 7 (line 8 of the file), column 'episode': episode 'E2' repeats row 2 (line 3 of the file)");
		assertRefusedCleanly();
	}

	@Test
	void refusesAnEpisodeWithOneScore() throws IOException {
		Path data = write(WORKED.replace("E6,10,3,7,2,2", "E6,10,,7,2,2"));
		assertThat(run("--data", data.toString())).isNotZero();
		assertThat(this.err.toString()).contains("row 6 (line 7 of the file), column 'phq9_last': missing");
		assertRefusedCleanly();
	}

	@Test
	void refusesFractionalOrNegativeSessionsAndHalfPoints() throws IOException {
		assertThat(run("--data", write(WORKED.replace("E1,18,7,12,6,6", "E1,18,7,12,6,-1")).toString())).isNotZero();
		assertThat(this.err.toString()).contains("row 1 (line 2 of the file), column 'treatment_sessions'")
			.contains("-1 is not a whole number from 0");
		this.err.getBuffer().setLength(0);
		assertThat(run("--data", write(WORKED.replace("E1,18,7,", "E1,18,7.5,")).toString())).isNotZero();
		assertThat(this.err.toString()).contains("column 'phq9_last'").contains("7.5 is not a whole number");
		assertRefusedCleanly();
	}

	@Test
	void reportsAFileThatCannotBeRead() {
		assertThat(run("--data", this.dir.resolve("absent.csv").toString())).isNotZero();
		assertThat(this.err.toString()).isEqualTo("outcomes: cannot read " + this.dir.resolve("absent.csv")
				+ ": there is no such file, or it is not readable\n");
		assertRefusedCleanly();
	}

	private void assertRefusedCleanly() {
		assertThat(this.out.toString()).isEmpty();
		assertThat(this.err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
	}

	private Path write(String csv) throws IOException {
		Path file = Files.createTempFile(this.dir, "episodes", ".csv");
		return Files.writeString(file, csv, StandardCharsets.UTF_8);
	}

	private int run(String... args) {
		CommandLine cli = new CommandLine(new OutcomesCommand());
		cli.setOut(new PrintWriter(this.out, true));
		cli.setErr(new PrintWriter(this.err, true));
		return cli.execute(args);
	}

}
