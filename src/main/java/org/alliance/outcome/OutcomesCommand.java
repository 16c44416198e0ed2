package org.alliance.outcome;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.alliance.instrument.InstrumentCatalog;
import org.alliance.insight.CsvOptions;
import org.alliance.insight.DataTable;
import org.alliance.insight.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code alliance outcomes}: the NHS Talking Therapies categories of each episode of a
 * researcher's table ({@link TalkingTherapiesRules}).
 */
@Command(name = "outcomes", mixinStandardHelpOptions = true,
		description = { "Categorises episodes as NHS Talking Therapies do. Reads CSV with the columns episode, "
				+ "phq9_first, phq9_last, gad7_first, gad7_last, treatment_sessions (first and last scores of the "
				+ "episode, attended treatment sessions) and writes episode, finished, case_start, recovered, "
				+ "reliable_improvement, reliable_deterioration, reliable_recovery as true/false, empty where a "
				+ "category does not apply. Finished: at least 2 treatment sessions; case: PHQ-9 >= 10 or "
				+ "GAD-7 >= 8; reliable change: PHQ-9 6 points, GAD-7 4 points. The clinic rates, with numerators and "
				+ "denominators, go to standard error." })
public class OutcomesCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--data", required = true,
			description = "CSV with a header and columns episode, phq9_first, phq9_last, gad7_first, gad7_last, "
					+ "treatment_sessions")
	Path data;

	@Option(names = "--out", description = "write the CSV to this file instead of standard output")
	Path out;

	@Mixin
	CsvOptions csv = new CsvOptions();

	public OutcomesCommand() {
	}

	@Override
	public Integer call() {
		PrintWriter err = this.spec.commandLine().getErr();
		try {
			CommandLogging.warningsToStandardError();
			InstrumentCatalog catalog = InstrumentCatalog.load(null);
			DataTable table = read(err);
			List<EpisodeRow> rows = EpisodeTable.read(table, catalog);
			TalkingTherapiesRules rules = TalkingTherapiesRules.of(catalog);
			Map<String, TalkingTherapiesCategories> categories = new LinkedHashMap<>();
			rows.forEach(
					(row) -> categories.put(row.episode(), rules.categorise(row.scores(), row.treatmentSessions())));
			write(categories);
			err.print(RatesText.of(TalkingTherapiesRates.of(categories.values())));
			err.flush();
			return 0;
		}
		catch (InvalidInputException | IOException ex) {
			err.println("outcomes: " + ex.getMessage());
			err.flush();
			return 1;
		}
	}

	/** Every column, so that a message about a missing one can list those present. */
	private DataTable read(PrintWriter err) {
		if (!Files.isRegularFile(this.data) || !Files.isReadable(this.data)) {
			throw new InvalidInputException(
					"cannot read " + this.data + ": there is no such file, or it is not readable");
		}
		DataTable table = DataTable.readCsv(this.data, this.csv.settings());
		table.detectedDialect()
			.ifPresent((dialect) -> err.println("outcomes: read " + this.data.getFileName() + " as " + dialect
					+ " (detected; --sep and --decimal choose otherwise)"));
		return table;
	}

	private void write(Map<String, TalkingTherapiesCategories> categories) throws IOException {
		if (this.out == null) {
			CategoriesCsv.write(categories, this.spec.commandLine().getOut());
			return;
		}
		try (PrintWriter file = new PrintWriter(Files.newBufferedWriter(this.out, StandardCharsets.UTF_8))) {
			CategoriesCsv.write(categories, file);
		}
	}

}
