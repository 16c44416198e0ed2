package org.alliance.outcome;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.alliance.command.AllianceCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

/**
 * {@code ./alliance etr} as a user runs it, held to lme4 on {@code outcome/etr-long.csv}
 * (numbers from {@code etr-reference.Rout}, see {@link EtrReferenceTests}), and refusing
 * bad input with a message that names the row, the column or the option.
 */
class EtrCommandTests {

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@TempDir
	Path dir;

	private int run(String... args) {
		CommandLine line = new CommandLine(new AllianceCommand());
		line.setOut(new PrintWriter(this.out));
		line.setErr(new PrintWriter(this.err));
		String[] full = new String[args.length + 1];
		full[0] = "etr";
		System.arraycopy(args, 0, full, 1, args.length);
		return line.execute(full);
	}

	private String data() {
		return EtrFiles.resource("etr-long.csv").toString();
	}

	private String file(String csv) throws IOException {
		Path path = this.dir.resolve("long.csv");
		Files.writeString(path, csv);
		return path.toString();
	}

	@Test
	void jsonGivesLme4sFixedEffectsByNameGSigma2AndTheBand() {
		int exit = run("--data", data(), "--center", "17", "--intake", "22", "--sessions", "1-8", "--json");
		assertThat(exit).isZero();
		JsonNode json = JsonMapper.builder().build().readTree(this.out.toString());
		JsonNode fixef = json.get("fixef");
		assertThat(fixef.get("(Intercept)").asDouble()).isCloseTo(15.764060915293648, withPercentage(1e-4));
		assertThat(fixef.get("log(session)").asDouble()).isCloseTo(-3.361406054007980, withPercentage(1e-4));
		assertThat(fixef.get("I(intake - 17)").asDouble()).isCloseTo(1.074346793629501, withPercentage(1e-4));
		assertThat(fixef.get("log(session):I(intake - 17)").asDouble()).isCloseTo(-0.114702087778496,
				withPercentage(1e-4));
		assertThat(json.get("G").get(0).get(0).asDouble()).isCloseTo(5.032754461581853, withPercentage(0.1));
		assertThat(json.get("G").get(0).get(1).asDouble()).isCloseTo(0.555191566340866, withPercentage(0.1));
		assertThat(json.get("G").get(1).get(0).asDouble()).isCloseTo(0.555191566340866, withPercentage(0.1));
		assertThat(json.get("G").get(1).get(1).asDouble()).isCloseTo(0.832276967429493, withPercentage(0.1));
		assertThat(json.get("sigma2").asDouble()).isCloseTo(3.9655158830423, withPercentage(0.1));
		JsonNode band = json.get("band");
		assertThat(band).hasSize(8);
		assertThat(band.get(0).get("session").asInt()).isEqualTo(1);
		assertThat(band.get(0).get("mean").asDouble()).isCloseTo(21.1357948834412, withPercentage(1e-2));
		assertThat(band.get(0).get("sd").asDouble()).isCloseTo(2.99971171025220, withPercentage(1e-2));
		assertThat(band.get(7).get("session").asInt()).isEqualTo(8);
		assertThat(band.get(7).get("lower").asDouble()).isCloseTo(8.00550193792980, withPercentage(1e-2));
		assertThat(band.get(7).get("upper").asDouble()).isCloseTo(17.9012301921958, withPercentage(1e-2));
		assertThat(this.err.toString()).isEmpty();
	}

	@Test
	void textNamesTheEffectsAsLme4AndGivesTwentySessionsForTheCentreByDefault() {
		int exit = run("--data", data(), "--center", "17");
		assertThat(exit).isZero();
		assertThat(this.out.toString())
			.contains("score ~ log(session) * I(intake - 17) + (1 + log(session) | client)", "(Intercept)",
					"log(session):I(intake - 17)", "15.764061", "Band for intake 17, one-sided q = 0.9 (z = 1.2816)",
					"289 scores of 40 clients")
			.containsPattern("\\n\\s+20\\s+\\d")
			.doesNotContainPattern("\\n\\s+21\\s+\\d");
	}

	@Test
	void aMissingColumnIsNamedWithTheColumnsTheFileHas() throws IOException {
		int exit = run("--data", file("client,session,score\nA,1,10\nA,2,8\n"), "--center", "10");
		assertThat(exit).isNotZero();
		assertThat(this.err.toString()).contains("'intake'", "client, session, score");
		assertNoStackTrace();
	}

	@Test
	void aScoreThatIsNotANumberIsNamedByRowLineAndColumn() throws IOException {
		int exit = run("--data", file("client,session,intake,score\nA,1,12,10\nA,2,12,eight\nB,1,15,14\nB,2,15,12\n"),
				"--center", "13");
		assertThat(exit).isNotZero();
		assertThat(this.err.toString()).contains("row 2 (line 3 of the file), column 'score': 'eight' is not a number");
		assertNoStackTrace();
	}

	@Test
	void aClientWithOneScoreIsRefusedByName() throws IOException {
		int exit = run("--data", file("client,session,intake,score\nA,1,12,10\nA,2,12,9\nB,1,15,14\n"), "--center",
				"13");
		assertThat(exit).isNotZero();
		assertThat(this.err.toString())
			.contains("row 3 (line 4 of the file), column 'client': client 'B' has only one score");
		assertNoStackTrace();
	}

	@Test
	void emptyCellsInfinitiesFractionalSessionsAndChangingIntakesAreNamed() throws IOException {
		assertRefused("client,session,intake,score\nA,1,12,\nA,2,12,9\n",
				"row 1 (line 2 of the file), column 'score': the cell is empty");
		assertRefused("client,session,intake,score\nA,1,Inf,10\nA,2,12,9\n",
				"row 1 (line 2 of the file), column 'intake': Inf is not a finite number");
		assertRefused("client,session,intake,score\nA,1,12,10\nA,2.5,12,9\n",
				"row 2 (line 3 of the file), column 'session': 2.5 is not a session number");
		assertRefused("client,session,intake,score\nA,1,12,10\nA,2,13,9\n",
				"row 2 (line 3 of the file), column 'intake': client 'A' has intake 13 here but 12 in row 1");
		assertRefused("client,session,intake,score\nA,1,12,10\nA,1,12,9\n",
				"row 2 (line 3 of the file), column 'session': client 'A' has session 1 already in row 1");
	}

	@Test
	void aMalformedSessionRangeNamesTheOption() {
		for (String range : new String[] { "1-x", "5-2", "0-3", "", "1-20-3" }) {
			this.err.getBuffer().setLength(0);
			assertThat(run("--data", data(), "--center", "17", "--sessions", range)).as(range).isNotZero();
			assertThat(this.err.toString()).as(range).contains("--sessions");
			assertNoStackTrace();
		}
	}

	@Test
	void aCentreThatIsNotANumberNamesTheOption() {
		assertThat(run("--data", data(), "--center", "seventeen")).isNotZero();
		assertThat(this.err.toString()).contains("--center", "seventeen");
		assertNoStackTrace();
	}

	@Test
	void aMissingFileIsNamed() {
		assertThat(run("--data", this.dir.resolve("absent.csv").toString(), "--center", "17")).isNotZero();
		assertThat(this.err.toString()).contains("--data: there is no file", "absent.csv");
		assertNoStackTrace();
	}

	private void assertRefused(String csv, String message) throws IOException {
		this.err.getBuffer().setLength(0);
		assertThat(run("--data", file(csv), "--center", "12")).as(csv).isNotZero();
		assertThat(this.err.toString()).as(csv).contains(message);
		assertNoStackTrace();
	}

	private void assertNoStackTrace() {
		assertThat(this.err.toString()).doesNotContain("Exception", "\tat ");
	}

}
