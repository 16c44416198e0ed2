package org.alliance.alliance;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code alliance ruptures} on small long-format files worked by hand.
 */
class RupturesCommandTests {

	@TempDir
	Path dir;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@Test
	void writesOneRowPerEpisodeFromQuotedColumnsInAnyOrder() throws IOException {
		// A: 4, 4, 4, 2, 4 with its own SD (0, floored to 1/3): (4 − 2) / (1/3) = 6 SD at
		// session 4, back to 4 at session 5. "B, Jr": 3, 3, 5, 1: level 11/3, own SD of
		// 3, 3, 5 is √((4/9 + 4/9 + 16/9) / 2) = 1.154701, so the 1 falls
		// (11/3 − 1) / 1.154701 = 2.309401 SD; the data end there: not repaired. Session
		// 2
		// is judged on the file's clinic level 30/9 and first-rating SD √(1.6 + 0.18),
		// far
		// below 2 SD for either client.
		Path data = write("\"session\",\"score\",\"client\"\n1,4,A\n2,4,A\n3,4,A\n4,2,A\n5,4,A\n"
				+ "1,3,\"B, Jr\"\n2,3,\"B, Jr\"\n3,5,\"B, Jr\"\n4,1,\"B, Jr\"\n");
		int code = run("--data", data.toString(), "--rule", "stiles", "--sd-basis", "own", "--scale-min", "1",
				"--scale-max", "5");
		assertThat(code).isZero();
		assertThat(this.out.toString()).isEqualTo("client,session,rule,drop_sd,repaired,repair_session\n"
				+ "A,4,stiles,6.0000,true,5\n" + "\"B, Jr\",4,stiles,2.3094,false,\n");
	}

	@Test
	void appliesTheRepairWindowAndWritesToAFile() throws IOException {
		// A: 4, 4, 4, 2, 3, 4: the return to 4 comes two sessions after the drop, outside
		// a
		// one-session window.
		Path data = write("client,session,score\nA,1,4\nA,2,4\nA,3,4\nA,4,2\nA,5,3\nA,6,4\n");
		Path target = this.dir.resolve("episodes.csv");
		int code = run("--data", data.toString(), "--rule", "strauss", "--sd-basis", "own", "--repair-window", "1",
				"--out", target.toString(), "--scale-min", "1", "--scale-max", "5");
		assertThat(code).isZero();
		assertThat(Files.readString(target))
			.isEqualTo("client,session,rule,drop_sd,repaired,repair_session\n" + "A,4,strauss,6.0000,false,\n");
	}

	@Test
	void namesEveryMissingColumnAndFails() throws IOException {
		Path data = write("client,sess,value\nA,1,4\n");
		assertThat(run("--data", data.toString(), "--rule", "strauss", "--scale-min", "1", "--scale-max", "5"))
			.isNotZero();
		assertThat(this.err.toString()).contains("session, score").contains("has: client, sess, value");
		assertThat(this.out.toString()).isEmpty();
	}

	@Test
	void refusesTextScoresAndUnknownRules() throws IOException {
		Path data = write("client,session,score\nA,1,4\nA,2,high\n");
		assertThat(run("--data", data.toString(), "--rule", "strauss", "--scale-min", "1", "--scale-max", "5"))
			.isNotZero();
		assertThat(this.err.toString()).contains("'score'").contains("line 3").contains("high");
		Path good = write("client,session,score\nA,1,4\n");
		assertThat(run("--data", good.toString(), "--rule", "safran", "--scale-min", "1", "--scale-max", "5"))
			.isNotZero();
		assertThat(this.err.toString()).contains("unknown rupture rule 'safran'");
	}

	@Test
	void flagsTheIssuesSumScoreSeriesOnceOnTheWaiSrRange() throws IOException {
		// Issue #7, WAI-SR totals: A 60, 60, 59, 52, 60 and B 60, 60, 59. The floor is
		// (60 − 12) / 12 = 4 points. The file's within-client SD, from the successive
		// differences over √2 (0, 0.707107, 4.949747, 5.656854; 0, 0.707107), none beyond
		// 2s, is √(57.5 / (6 × 0.9205369)) = 3.226545, below the floor. So each 59 falls
		// 1 / 4 = 0.25 SD from its flat run (no rupture), and A's 52 falls
		// (59.666667 − 52) / 4 = 1.916667 SD: one Strauss rupture, repaired at session 5.
		Path data = write("client,session,score\nA,1,60\nA,2,60\nA,3,59\nA,4,52\nA,5,60\nB,1,60\nB,2,60\nB,3,59\n");
		assertThat(run("--data", data.toString(), "--rule", "strauss", "--scale-min", "12", "--scale-max", "60"))
			.isZero();
		assertThat(this.out.toString())
			.isEqualTo("client,session,rule,drop_sd,repaired,repair_session\n" + "A,4,strauss,1.9167,true,5\n");
	}

	@Test
	void refusesTheFieldCaseOfAnInfiniteScoreNamingItsLineAndFindsNoRuptureWithoutIt() throws Exception {
		// field-cases/infinite-score-ruptures.csv: C1 scores 4, Inf, 4; C2 3, 3, 3.
		// Without the Inf row, C1's 4 after a 4 did not fall and C2 never moves: no
		// rupture.
		Path fieldCase = Path.of(getClass().getResource("/field-cases/infinite-score-ruptures.csv").toURI());
		assertThat(run("--data", fieldCase.toString(), "--rule", "strauss", "--scale-min", "1", "--scale-max", "5"))
			.isNotZero();
		assertThat(this.err.toString()).contains("line 3").contains("column 'score'").contains("Inf");
		assertThat(this.out.toString()).isEmpty();

		String withoutBadRow = Files.readString(fieldCase).replace("C1,2,Inf\n", "");
		assertThat(run("--data", write(withoutBadRow).toString(), "--rule", "strauss", "--scale-min", "1",
				"--scale-max", "5"))
			.isZero();
		assertThat(this.out.toString()).isEqualTo("client,session,rule,drop_sd,repaired,repair_session\n");
	}

	@Test
	void refusesEveryNonFiniteScoreOrSessionNamingItsLineAndColumn() throws IOException {
		for (String bad : new String[] { "-Inf", "NaN", "\"NaN\"", "Infinity" }) {
			this.err.getBuffer().setLength(0);
			Path data = write("client,session,score\nA,1,4\nA,2,\nA,3," + bad + "\nA,4,4\n");
			assertThat(run("--data", data.toString(), "--rule", "stiles", "--scale-min", "1", "--scale-max", "5"))
				.as(bad)
				.isNotZero();
			assertThat(this.err.toString()).as(bad)
				.contains("line 4")
				.contains("column 'score'")
				.contains(bad.replace("\"", ""));
		}
		this.err.getBuffer().setLength(0);
		Path infiniteSession = write("client,session,score\nA,1,4\nA,Inf,4\n");
		assertThat(
				run("--data", infiniteSession.toString(), "--rule", "stiles", "--scale-min", "1", "--scale-max", "5"))
			.isNotZero();
		assertThat(this.err.toString()).contains("line 3").contains("column 'session'").contains("Inf");
		this.err.getBuffer().setLength(0);
		Path textSession = write("client,session,score\nA,1,4\nA,two,4\n");
		assertThat(run("--data", textSession.toString(), "--rule", "stiles", "--scale-min", "1", "--scale-max", "5"))
			.isNotZero();
		assertThat(this.err.toString()).contains("line 3").contains("'session'").contains("two");
		assertThat(this.out.toString()).isEmpty();
	}

	@Test
	void refusesAScoreOutsideTheScaleAndRequiresTheScale() throws IOException {
		Path data = write("client,session,score\nA,1,60\nA,2,61\n");
		assertThat(run("--data", data.toString(), "--rule", "stiles", "--scale-min", "12", "--scale-max", "60"))
			.isNotZero();
		assertThat(this.err.toString()).contains("line 3").contains("61").contains("12 to 60");
		this.err.getBuffer().setLength(0);
		assertThat(run("--data", data.toString(), "--rule", "stiles")).isNotZero();
		assertThat(this.err.toString()).contains("--scale-min").contains("--scale-max");
		this.err.getBuffer().setLength(0);
		assertThat(run("--data", data.toString(), "--rule", "stiles", "--scale-min", "60", "--scale-max", "12"))
			.isNotZero();
		assertThat(this.err.toString()).contains("--scale-max must be a finite number above --scale-min");
		assertThat(this.out.toString()).isEmpty();
	}

	private Path write(String csv) throws IOException {
		Path file = Files.createTempFile(this.dir, "ratings", ".csv");
		return Files.writeString(file, csv, StandardCharsets.UTF_8);
	}

	private int run(String... args) {
		CommandLine cli = new CommandLine(new RupturesCommand());
		cli.setOut(new PrintWriter(this.out, true));
		cli.setErr(new PrintWriter(this.err, true));
		return cli.execute(args);
	}

}
