package org.alliance.insight;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code alliance lmm}: fits a linear mixed model given in lme4 syntax to a CSV file and
 * prints an lme4-style summary or JSON.
 */
@Command(name = "lmm", mixinStandardHelpOptions = true,
		description = "Fit a linear mixed model (lme4 formula syntax) by REML or ML to a CSV file.")
public class LmmCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--data", required = true, description = "CSV file with a header line")
	Path data;

	@Option(names = "--formula", required = true, description = "lme4 formula, e.g. \"y ~ x + (1 | g)\"")
	String formula;

	@Option(names = "--ml", description = "fit by maximum likelihood instead of REML")
	boolean maximumLikelihood;

	@Option(names = "--json", description = "print JSON instead of the summary")
	boolean json;

	@Option(names = "--ranef", description = "also print the conditional modes (BLUPs) and their variances")
	boolean ranef;

	@Option(names = "--quiet", description = "show no progress on stderr")
	boolean quiet;

	@Option(names = "--reference", paramLabel = "COLUMN=LEVEL",
			description = "a factor's reference level, as R's relevel (repeatable); by default the first level"
					+ " in R's sort order")
	Map<String, String> references = new LinkedHashMap<>();

	@Mixin
	CsvOptions csv = new CsvOptions();

	public LmmCommand() {
	}

	@Override
	public Integer call() {
		StderrProgress progress = new StderrProgress(this.spec.commandLine().getErr(), "lmm");
		try {
			Formula parsed = Formula.parse(this.formula);
			long start = System.nanoTime();
			DataTable table = this.csv.read(this.data, parsed.variables(), "lmm", this.spec.commandLine().getErr());
			for (Map.Entry<String, String> reference : this.references.entrySet()) {
				table = table.withReferenceLevel(reference.getKey(), reference.getValue());
			}
			long read = System.nanoTime();
			FitListener listener = this.quiet ? FitListener.SILENT : progress;
			ModelFit fit = MixedModel.fit(table, parsed, this.maximumLikelihood ? Criterion.ML : Criterion.REML,
					MixedModel.Solver.AUTOMATIC, listener);
			long fitted = System.nanoTime();
			fit.warnings().forEach((warning) -> this.spec.commandLine().getErr().println("lmm: warning: " + warning));
			print(fit, (read - start) / 1e9, (fitted - read) / 1e9);
			return 0;
		}
		catch (InvalidInputException ex) {
			this.spec.commandLine().getErr().println("lmm: " + ex.getMessage());
			this.spec.commandLine().getErr().flush();
			return 1;
		}
	}

	private void print(ModelFit fit, double readSeconds, double fitSeconds) {
		var out = this.spec.commandLine().getOut();
		if (this.json) {
			out.println(ModelFitJson.of(fit, readSeconds, fitSeconds, this.ranef));
		}
		else {
			out.print(ModelSummary.of(fit, this.data.getFileName().toString()));
			if (this.ranef) {
				out.print(ConditionalModesText.of(fit));
			}
			out.printf(java.util.Locale.ROOT, "%nread %.3f s, fit %.3f s%n", readSeconds, fitSeconds);
		}
		out.flush();
	}

}
