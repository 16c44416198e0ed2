package org.alliance.insight;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Files as clinics export them: European spreadsheets write {@code ;}-separated files
 * with decimal commas (R's {@code read.csv2} convention). They are read when the user
 * says so ({@code --sep ';' --decimal ','}) and when the file shows it, with a note of
 * what was detected; a file read with the wrong separator is named as such, never as a
 * missing column.
 */
class CsvDialectTests {

	private static final List<String> SLEEPSTUDY = List.of("Reaction", "Days", "Subject");

	/**
	 * lme4 1.1-31, sleepstudy {@code Reaction ~ Days + (Days | Subject)} REML
	 * (DESIGN.md).
	 */
	private static final double LOG_LIKELIHOOD = -871.8141359800;

	@TempDir
	Path directory;

	private Path file(String text) throws IOException {
		Path file = this.directory.resolve("data.csv");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	private static ModelFit sleepstudy(DataTable data) {
		return MixedModel.fit(data, Formula.parse("Reaction ~ Days + (Days|Subject)"), Criterion.REML);
	}

	@Test
	void detectsSemicolonsAndDecimalCommasAndFitsTheSleepstudy() {
		DataTable data = DataTable.readCsv(FieldCases.path("semicolon-decimal-comma.csv"), SLEEPSTUDY);
		assertThat(data.dialect()).isEqualTo(new CsvDialect(';', ','));
		assertThat(data.detectedDialect()).hasValue("';'-separated with decimal ','");
		assertThat(((NumericColumn) data.column("Reaction")).values()[0]).isEqualTo(249.56);
		assertThat(sleepstudy(data).logLikelihood()).isCloseTo(LOG_LIKELIHOOD, within(1e-6 * 871.81));
	}

	@Test
	void readsSemicolonsAndDecimalCommasWhenTheUserSaysSo() {
		DataTable data = DataTable.readCsv(FieldCases.path("semicolon-decimal-comma.csv"), SLEEPSTUDY,
				new CsvSettings(';', ','));
		assertThat(data.detectedDialect()).isEmpty();
		assertThat(sleepstudy(data).logLikelihood()).isCloseTo(LOG_LIKELIHOOD, within(1e-6 * 871.81));
	}

	@Test
	void saysOnStderrWhatItDetected() {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		CommandLine line = new CommandLine(new LmmCommand());
		line.setOut(new PrintWriter(out));
		line.setErr(new PrintWriter(err));
		int exit = line.execute("--data", FieldCases.path("semicolon-decimal-comma.csv").toString(), "--formula",
				"Reaction ~ Days + (Days|Subject)", "--json");
		assertThat(exit).isZero();
		assertThat(err.toString())
			.contains("lmm: read semicolon-decimal-comma.csv as ';'-separated with decimal ',' (detected");
		JsonNode json = JsonMapper.builder().build().readTree(out.toString());
		assertThat(json.get("logLik").asDouble()).isCloseTo(LOG_LIKELIHOOD, within(1e-6 * 871.81));
	}

	@Test
	void takesTheOptionsOnTheCommandLine() {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		CommandLine line = new CommandLine(new LmmCommand());
		line.setOut(new PrintWriter(out));
		line.setErr(new PrintWriter(err));
		int exit = line.execute("--data", FieldCases.path("semicolon-decimal-comma.csv").toString(), "--formula",
				"Reaction ~ Days + (Days|Subject)", "--sep", ";", "--decimal", ",", "--json");
		assertThat(exit).isZero();
		assertThat(err.toString()).doesNotContain("detected");
		assertThat(JsonMapper.builder().build().readTree(out.toString()).get("logLik").asDouble())
			.isCloseTo(LOG_LIKELIHOOD, within(1e-6 * 871.81));
	}

	@Test
	void namesTheSeparatorWhenTheUserGivesTheWrongOne() throws IOException {
		assertThatThrownBy(() -> DataTable.readCsv(FieldCases.path("semicolon-decimal-comma.csv"), SLEEPSTUDY,
				new CsvSettings(',', null)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("the file looks ';'-separated")
			.hasMessageNotContaining("is not in the data");
		Path oneColumn = file("Reaction;Days;Subject\n249\n258\n");
		DataTable data = DataTable.readCsv(oneColumn, SLEEPSTUDY, new CsvSettings(',', null));
		assertThatThrownBy(() -> data.column("Reaction")).hasMessageContaining("the file looks ';'-separated");
	}

	@Test
	void explainsNumbersWithDecimalCommasReadWithADecimalPoint() {
		DataTable data = DataTable.readCsv(FieldCases.path("semicolon-decimal-comma.csv"), SLEEPSTUDY,
				new CsvSettings(';', '.'));
		assertThatThrownBy(() -> sleepstudy(data)).hasMessageContaining("must be numeric")
			.hasMessageContaining("--decimal ','");
	}

	@Test
	void detectsTabsAndKeepsCommaFilesAsTheyWere() throws IOException {
		DataTable tabs = DataTable.readCsv(file("y\tg\n1.5\ta\n2.5\tb\n"));
		assertThat(tabs.dialect()).isEqualTo(new CsvDialect('\t', '.'));
		assertThat(((NumericColumn) tabs.column("y")).values()).containsExactly(1.5, 2.5);
		DataTable commas = DataTable.readCsv(file("y,note\n1.5,\"a; b\"\n2.5,c;d\n"));
		assertThat(commas.dialect()).isEqualTo(CsvDialect.STANDARD);
		assertThat(commas.detectedDialect()).isEmpty();
		assertThat(((TextColumn) commas.column("note")).value(1)).isEqualTo("c;d");
	}

	@Test
	void readsAPointInADecimalCommaFileAsTextAsReadCsv2Does() throws IOException {
		DataTable data = DataTable.readCsv(file("a;b\n1,5;1.234,5\n-2,25;7\n"));
		assertThat(((NumericColumn) data.column("a")).values()).containsExactly(1.5, -2.25);
		assertThat(data.column("b")).isInstanceOf(TextColumn.class);
	}

	/** The constant-item field case written with semicolons: psych's 0.9675 again. */
	@Test
	void readsASemicolonSeparatedScaleWithAlpha() throws IOException {
		Path scale = file("I1;I2;I3\n2;3;2\n4;4;5\n3;3;3\n5;6;5\n1;2;2\n");
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		CommandLine line = new CommandLine(new AlphaCommand());
		line.setOut(new PrintWriter(out));
		line.setErr(new PrintWriter(err));
		int exit = line.execute("--data", scale.toString(), "--items", "I1,I2,I3", "--scale-min", "1", "--scale-max",
				"6", "--json");
		assertThat(exit).isZero();
		assertThat(err.toString()).contains("alpha: read data.csv as ';'-separated");
		assertThat(JsonMapper.builder().build().readTree(out.toString()).get("alpha").asDouble()).isCloseTo(0.9675,
				within(5e-5));
	}

}
