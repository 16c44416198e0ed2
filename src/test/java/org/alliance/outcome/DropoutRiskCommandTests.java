package org.alliance.outcome;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.alliance.command.AllianceCommand;
import org.alliance.outcome.dropout.CrossValidatedRidge;
import org.alliance.outcome.dropout.FeatureTable;
import org.alliance.outcome.dropout.RidgeModel;
import org.alliance.insight.CsvSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code ./alliance dropout-risk} run as the launcher runs it, on the reference table of
 * {@code outcome/dropout-reference.R} and on broken files.
 */
class DropoutRiskCommandTests {

	@TempDir
	Path dir;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@Test
	void printsTheCrossValidatedAucCalibrationAndCoefficients() throws IOException {
		Path train = reference();
		int code = run("dropout-risk", "--train", train.toString(), "--outcome", "dropout", "--features",
				"alliance,phq9,missed,rupture");
		assertThat(code).isZero();
		RidgeModel model = model(train);
		assertThat(this.out.toString()).contains("Rows: 120 (35 with dropout = 1); features: 4")
			.contains(String.format(java.util.Locale.ROOT, "Cross-validated AUC: %.4f", model.cvAuc()))
			.contains("Calibration of out-of-fold predictions: slope ")
			.contains("(Intercept)")
			.containsPattern("alliance +-0\\.\\d{6} +-\\d\\.\\d{6}");
		// 35 dropouts for 4 features: below 10 per feature
		assertThat(this.err.toString())
			.contains("warning: 35 rows of the rarer outcome for 4 features (8.8 per feature)");
	}

	@Test
	void printsJsonAndWritesARiskForEachRowToPredict() throws IOException {
		Path train = reference();
		Path predict = write("episode,rupture,alliance,missed,phq9,note\nX1,0,4.8,0,8,a\n\"X,2\",1,3.1,2,22,b\n");
		Path risks = this.dir.resolve("risks.csv");
		int code = run("dropout-risk", "--train", train.toString(), "--outcome", "dropout", "--features",
				"alliance,phq9,missed,rupture", "--predict", predict.toString(), "--out", risks.toString(), "--json");
		assertThat(code).isZero();
		JsonNode json = JsonMapper.builder().build().readTree(this.out.toString());
		RidgeModel model = model(train);
		assertThat(json.get("rows").asInt()).isEqualTo(120);
		assertThat(json.get("events").asInt()).isEqualTo(35);
		assertThat(json.get("cvAuc").asDouble()).isEqualTo(model.cvAuc());
		assertThat(json.get("lambda").asDouble()).isEqualTo(model.lambda());
		assertThat(json.get("calibration").get("slope").asDouble()).isEqualTo(model.calibration().slope());
		assertThat(json.get("calibration").get("groups")).hasSize(10);
		assertThat(json.get("coefficients")).hasSize(5);
		assertThat(json.get("coefficients").get(1).get("term").asString()).isEqualTo("alliance");
		assertThat(json.get("coefficients").get(1).get("original").asDouble()).isCloseTo(
				json.get("coefficients").get(1).get("standardized").asDouble() / 0.501705075909420, within(1e-9));
		List<String> lines = Files.readAllLines(risks);
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0)).isEqualTo("episode,risk");
		double low = model.risk(new double[] { 4.8, 8, 0, 0 });
		double high = model.risk(new double[] { 3.1, 22, 2, 1 });
		assertThat(lines.get(1)).isEqualTo(String.format(java.util.Locale.ROOT, "X1,%.6f", low));
		assertThat(lines.get(2)).isEqualTo(String.format(java.util.Locale.ROOT, "\"X,2\",%.6f", high));
		assertThat(high).isGreaterThan(low);
	}

	@Test
	void theIdColumnCanBeNamed() throws IOException {
		Path predict = write("client,alliance,phq9,missed,rupture\n7,4,15,0,0\n");
		Path risks = this.dir.resolve("by-client.csv");
		assertThat(run("dropout-risk", "--train", reference().toString(), "--outcome", "dropout", "--features",
				"alliance,phq9,missed,rupture", "--id", "client", "--predict", predict.toString(), "--out",
				risks.toString()))
			.isZero();
		assertThat(Files.readAllLines(risks).get(0)).isEqualTo("client,risk");
		assertThat(Files.readAllLines(risks).get(1)).startsWith("7,0.");
	}

	@Test
	void aMissingColumnIsNamedWithTheColumnsTheFileHas() throws IOException {
		assertRefused(
				new String[] { "--train", reference().toString(), "--outcome", "dropout", "--features",
						"alliance,age" },
				"dropout-train.csv: column 'age' is not in the data; columns are: episode, alliance");
		assertRefused(new String[] { "--train", reference().toString(), "--outcome", "left", "--features", "alliance" },
				"column 'left' is not in the data");
	}

	@Test
	void aCellThatIsNotANumberIsNamedByRowLineAndColumn() throws IOException {
		Path train = write("episode,a,dropout\nE1,1,0\nE2,high,1\n");
		assertRefused(args(train, "a"), "row 2 (line 3 of the file), column 'a': 'high' is not a number");
		Path empty = write("episode,a,dropout\nE1,1,0\nE2,,1\n");
		assertRefused(args(empty, "a"), "row 2 (line 3 of the file), column 'a' is empty");
		Path infinite = write("episode,a,dropout\nE1,1,0\nE2,Inf,1\n");
		assertRefused(args(infinite, "a"), "column 'a': Inf");
	}

	@Test
	void anOutcomeOtherThanZeroOrOneIsRefusedByRow() throws IOException {
		Path train = write("episode,a,dropout\nE1,1,0\nE2,2,1\nE3,3,2\n");
		assertRefused(args(train, "a"), "row 3 (line 4 of the file), column 'dropout': 2 is not an outcome");
	}

	@Test
	void tooFewRowsForTheFoldsAreRefusedWithTheCounts() throws IOException {
		StringBuilder csv = new StringBuilder("episode,a,dropout\n");
		for (int i = 0; i < 30; i++) {
			csv.append("E").append(i).append(',').append(i).append(',').append((i < 4) ? 1 : 0).append('\n');
		}
		assertRefused(args(write(csv.toString()), "a"), "too few rows in ",
				"10-fold cross-validation needs at least 10 rows with dropout = 1", "it has 4 and 26");
	}

	@Test
	void aFeatureMissingInTheTableToPredictIsNamed() throws IOException {
		Path predict = write("episode,alliance,phq9,missed\nN1,4,10,0\n");
		assertRefused(
				new String[] { "--train", reference().toString(), "--outcome", "dropout", "--features",
						"alliance,phq9,missed,rupture", "--predict", predict.toString(), "--out",
						this.dir.resolve("r.csv").toString() },
				predict.getFileName() + ": column 'rupture' is not in the data");
		Path text = write("episode,alliance,phq9,missed,rupture\nN1,4,10,0,0\nN2,4,ten,0,0\n");
		assertRefused(
				new String[] { "--train", reference().toString(), "--outcome", "dropout", "--features",
						"alliance,phq9,missed,rupture", "--predict", text.toString(), "--out",
						this.dir.resolve("r.csv").toString() },
				"row 2 (line 3 of the file), column 'phq9': 'ten' is not a number");
	}

	@Test
	void optionsThatDoNotGoTogetherAreRefused() throws IOException {
		assertRefused(new String[] { "--train", reference().toString(), "--outcome", "dropout", "--features",
				"alliance", "--predict", reference().toString() }, "--predict and --out go together");
		assertRefused(new String[] { "--train", reference().toString(), "--outcome", "dropout", "--features",
				"alliance,dropout" }, "'dropout' is the --outcome column");
		assertRefused(new String[] { "--train", reference().toString(), "--outcome", "dropout", "--features",
				"alliance", "--folds", "1" }, "--folds must be 2 or more");
	}

	@Test
	void aConstantFeatureIsNamed() throws IOException {
		StringBuilder csv = new StringBuilder("episode,a,same,dropout\n");
		for (int i = 0; i < 40; i++) {
			csv.append("E").append(i).append(',').append(i % 7).append(",3,").append(i % 3 == 0 ? 1 : 0).append('\n');
		}
		assertRefused(args(write(csv.toString()), "a,same"), "feature 'same' has the same value in every row");
	}

	private String[] args(Path train, String features) {
		return new String[] { "--train", train.toString(), "--outcome", "dropout", "--features", features };
	}

	private void assertRefused(String[] args, String... messages) {
		this.out.getBuffer().setLength(0);
		this.err.getBuffer().setLength(0);
		String[] all = new String[args.length + 1];
		all[0] = "dropout-risk";
		System.arraycopy(args, 0, all, 1, args.length);
		assertThat(run(all)).isNotZero();
		assertThat(this.err.toString()).startsWith("dropout-risk: ")
			.contains(messages)
			.doesNotContain("Exception")
			.doesNotContain("\tat ");
		assertThat(this.out.toString()).isEmpty();
	}

	private static RidgeModel model(Path train) {
		FeatureTable table = FeatureTable.training(train, "dropout", List.of("alliance", "phq9", "missed", "rupture"),
				CsvSettings.DETECT);
		return CrossValidatedRidge.fit(table.features(), table.x(), table.y(), 10, 1);
	}

	private Path reference() throws IOException {
		Path copy = this.dir.resolve("dropout-train.csv");
		if (!Files.exists(copy)) {
			try (var in = getClass().getResourceAsStream("/outcome/dropout-train.csv")) {
				Files.copy(in, copy);
			}
		}
		return copy;
	}

	private Path write(String csv) throws IOException {
		Path file = Files.createTempFile(this.dir, "table", ".csv");
		return Files.writeString(file, csv, StandardCharsets.UTF_8);
	}

	private int run(String... args) {
		CommandLine cli = new CommandLine(new AllianceCommand());
		cli.setOut(new PrintWriter(this.out, true));
		cli.setErr(new PrintWriter(this.err, true));
		return cli.execute(args);
	}

}
