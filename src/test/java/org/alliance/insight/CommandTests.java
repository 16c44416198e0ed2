package org.alliance.insight;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Percentage.withPercentage;

/**
 * The {@code lmm}, {@code alpha} and {@code lmm-bench} commands as a user runs them.
 */
class CommandTests {

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private int run(Object command, String... args) {
		CommandLine line = new CommandLine(command);
		line.setOut(new PrintWriter(this.out));
		line.setErr(new PrintWriter(this.err));
		return line.execute(args);
	}

	private static String resource(String name) {
		try {
			return Path.of(CommandTests.class.getResource("/insight/" + name).toURI()).toString();
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void lmmPrintsAnLme4StyleSummary() {
		int exit = run(new LmmCommand(), "--data", resource("sleepstudy.csv"), "--formula",
				"Reaction ~ Days + (Days | Subject)");
		assertThat(exit).isZero();
		assertThat(this.out.toString()).contains("Linear mixed model fit by REML")
			.contains("REML criterion at convergence: 1743.6")
			.contains("Random effects:")
			.contains("Number of obs: 180, groups:  Subject, 18")
			.contains("Fixed effects:")
			.contains("Satterthwaite");
	}

	@Test
	void lmmPrintsJsonWithLme4sNumbers() {
		int exit = run(new LmmCommand(), "--data", resource("sleepstudy.csv"), "--formula",
				"Reaction ~ Days + (1 | Subject)", "--ml", "--json");
		assertThat(exit).isZero();
		JsonNode json = JsonMapper.builder().build().readTree(this.out.toString());
		assertThat(json.get("logLik").asDouble()).isCloseTo(-897.0393215026, withPercentage(1e-4));
		assertThat(json.get("deviance").asDouble()).isCloseTo(1794.0786430052, withPercentage(1e-4));
		assertThat(json.get("fixef").get("Days").get("estimate").asDouble()).isCloseTo(10.4672859596,
				withPercentage(1e-4));
		assertThat(json.get("nobs").asInt()).isEqualTo(180);
		assertThat(json.get("ngroups").get("Subject").asInt()).isEqualTo(18);
		assertThat(json.get("converged").asBoolean()).isTrue();
		assertThat(json.get("varcorr").get(1).get("group").asString()).isEqualTo("Residual");
		assertThat(json.has("aic") && json.has("bic") && json.has("readSeconds") && json.has("fitSeconds")).isTrue();
	}

	@Test
	void lmmNamesAMissingColumnAndFails() {
		int exit = run(new LmmCommand(), "--data", resource("sleepstudy.csv"), "--formula",
				"Reaction ~ Hours + (1 | Subject)");
		assertThat(exit).isNotZero();
		assertThat(this.err.toString()).contains("'Hours'").contains("Reaction, Days, Subject");
	}

	@Test
	void lmmExplainsABadFormula() {
		int exit = run(new LmmCommand(), "--data", resource("sleepstudy.csv"), "--formula", "Reaction ~ Days + (1 |");
		assertThat(exit).isNotZero();
		assertThat(this.err.toString()).contains("bad formula");
	}

	@Test
	void lmmReportsAnUnreadableFile(@TempDir Path directory) {
		int exit = run(new LmmCommand(), "--data", directory.resolve("none.csv").toString(), "--formula",
				"y ~ x + (1|g)");
		assertThat(exit).isNotZero();
		assertThat(this.err.toString()).contains("cannot read");
	}

	@Test
	void alphaPrintsJsonWithTheScalesAlpha() {
		int exit = run(new AlphaCommand(), "--data", resource("bfi-agreeableness.csv"), "--items", "A1,A2,A3,A4,A5",
				"--reverse", "A1", "--scale-min", "1", "--scale-max", "6", "--json");
		assertThat(exit).isZero();
		JsonNode json = JsonMapper.builder().build().readTree(this.out.toString());
		assertThat(json.get("alpha").asDouble()).isCloseTo(0.7037558944, within(1e-9));
		assertThat(json.get("items")).hasSize(5);
	}

	@Test
	void alphaPrintsItemTotalStatistics() {
		int exit = run(new AlphaCommand(), "--data", resource("bfi-agreeableness.csv"), "--items", "A1,A2,A3,A4,A5",
				"--reverse", "A1", "--scale-min", "1", "--scale-max", "6");
		assertThat(exit).isZero();
		assertThat(this.out.toString()).contains("0.7038").contains("r.drop").contains("alpha if drop");
	}

	@Test
	void alphaRefusesATextItem(@TempDir Path directory) throws Exception {
		Path file = directory.resolve("items.csv");
		Files.writeString(file, "q1,q2\n1,often\n2,never\n");
		int exit = run(new AlphaCommand(), "--data", file.toString(), "--items", "q1,q2", "--scale-min", "1",
				"--scale-max", "5");
		assertThat(exit).isNotZero();
		assertThat(this.err.toString()).contains("'q2' is not numeric");
	}

	@Test
	void lmmRefusesAnInfiniteOutcomeWithoutAStackTrace() {
		int exit = run(new LmmCommand(), "--data", FieldCases.path("infinite-outcome.csv").toString(), "--formula",
				"y ~ x + (1|g)");
		assertThat(exit).isNotZero();
		assertThat(this.err.toString()).startsWith("lmm: column 'y' has -Inf in row 2").doesNotContain("Exception");
	}

	@Test
	void alphaRefusesAnInfiniteItemWithANonZeroExit() {
		int exit = run(new AlphaCommand(), "--data", FieldCases.path("infinite-item-alpha.csv").toString(), "--items",
				"I1,I2,I3", "--scale-min", "1", "--scale-max", "6");
		assertThat(exit).isNotZero();
		assertThat(this.err.toString()).contains("item 'I3' has Inf in row 3");
		assertThat(this.out.toString()).doesNotContain("NaN");
	}

	@Test
	void alphaWarnsOfAConstantItemAndReportsPsychsAlphaWithoutIt() {
		int exit = run(new AlphaCommand(), "--data", FieldCases.path("constant-item-alpha.csv").toString(), "--items",
				"I1,I2,I3,I4", "--scale-min", "1", "--scale-max", "6", "--json");
		assertThat(exit).isZero();
		assertThat(this.err.toString()).contains("alpha: warning: item 'I4' has no variance");
		JsonNode json = JsonMapper.builder().build().readTree(this.out.toString());
		assertThat(json.get("alpha").asDouble()).isCloseTo(0.9675, within(5e-5));
		assertThat(json.get("constantItems").get(0).asString()).isEqualTo("I4");
	}

	@Test
	void alphaTakesMissingValueCodesAsARepeatableCommaList(@TempDir Path directory) throws Exception {
		Path file = directory.resolve("coded.csv");
		Files.writeString(file, "I1,I2,I3\n2,3,2\n4,4,5\n-9,99,3\n3,3,3\n5,6,5\n1,2,2\n0,0,0\n");
		int exit = run(new AlphaCommand(), "--data", file.toString(), "--items", "I1,I2,I3", "--scale-min", "1",
				"--scale-max", "6", "--missing", "99,-9", "--missing", "0", "--json");
		assertThat(exit).isZero();
		JsonNode json = JsonMapper.builder().build().readTree(this.out.toString());
		assertThat(json.get("alpha").asDouble()).isCloseTo(0.9675, within(5e-5));
		assertThat(json.get("droppedRows").asInt()).isEqualTo(2);
	}

	/**
	 * The between-client-slope field case through the command: a warning on stderr and in
	 * the JSON, and with {@code --reference arm=Waitlist} lmerTest's df for the arm
	 * contrast, 9.701035766 (field-cases README; 5e-4 relative, see
	 * IdentifiabilityTests).
	 */
	@Test
	void lmmWarnsOfABetweenClientSlopeAndTakesAReferenceLevel() {
		int exit = run(new LmmCommand(), "--data", FieldCases.path("between-client-slope.csv").toString(), "--formula",
				"phq ~ arm*week + (arm|client)", "--reference", "arm=Waitlist", "--json");
		assertThat(exit).isZero();
		assertThat(this.err.toString()).contains("lmm: warning: in (1 + arm | client)");
		JsonNode json = JsonMapper.builder().build().readTree(this.out.toString());
		assertThat(json.get("referenceLevels").get("arm").asString()).isEqualTo("Waitlist");
		assertThat(json.get("fixef").get("armcbt").get("df").asDouble()).isCloseTo(9.701035766, withPercentage(0.05));
		assertThat(json.get("warnings")).isNotEmpty();
	}

	@Test
	void lmmRefusesAnUnknownReferenceLevel() {
		int exit = run(new LmmCommand(), "--data", FieldCases.path("level-order.csv").toString(), "--formula",
				"phq ~ arm*week + (1|client)", "--reference", "arm=control");
		assertThat(exit).isNotZero();
		assertThat(this.err.toString()).contains("'control' is not a value of column 'arm'");
	}

	@Test
	void benchmarkRunsSmallAndReportsEachModel(@TempDir Path directory) throws Exception {
		int exit = run(new LmmBenchmarkCommand(), "--clients", "200", "--sessions", "6", "--therapists", "10", "--out",
				directory.toString());
		assertThat(exit).isZero();
		assertThat(this.out.toString()).contains("y ~ session + (1|client)")
			.contains("y ~ session + (1|therapist) + (1|client)")
			.contains("y ~ session + (1|therapist) + (session|client)")
			.contains("peak heap")
			.doesNotContain("NOT CONVERGED");
		try (var files = Files.list(directory)) {
			assertThat(files.count()).isEqualTo(1);
		}
	}

	@Test
	void crossedBenchmarkRunsSmallAndReportsBothCriteria(@TempDir Path directory) throws Exception {
		int exit = run(new LmmBenchmarkCommand(), "--design", "crossed", "--students", "60", "--lecturers", "25",
				"--departments", "4", "--ratings", "600", "--out", directory.toString());
		assertThat(exit).isZero();
		assertThat(this.out.toString()).contains("crossed-60x25.csv")
			.contains("y ~ 1 + service + (1|s) + (1|d) + (1|dept)         ML")
			.contains("y ~ 1 + service + (1|s) + (1|d) + (1|dept)         REML")
			.contains("y ~ 1 + service + x + (1 + x|s) + (1|d)")
			.contains("peak heap")
			.doesNotContain("NOT CONVERGED");
	}

}
