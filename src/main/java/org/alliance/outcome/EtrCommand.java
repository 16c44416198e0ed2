package org.alliance.outcome;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.alliance.insight.CsvOptions;
import org.alliance.insight.DataTable;
import org.alliance.insight.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code alliance etr}: fits the expected-treatment-response model of Finch, Lambert
 * &amp; Schaalje (2001) to a researcher's long-format scores by REML and prints the fixed
 * effects (by lme4's names), G, σ² and the expected score with its tolerance band per
 * session for one intake score.
 */
@Command(name = "etr", mixinStandardHelpOptions = true,
		description = { "Expected treatment response (Finch, Lambert & Schaalje 2001): fits",
				"score ~ log(session) * I(intake - C) + (1 + log(session) | client) by REML to a CSV with",
				"columns client,session,intake,score and prints the fixed effects, G (the covariance of the",
				"client intercepts and slopes), sigma2 and, for one intake score, the expected mean and the",
				"tolerance band mean +/- z_q * sqrt(z'Gz + sigma2), z = (1, ln session), per session. A score",
				"above the upper bound is not on track." })
public class EtrCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--data", required = true, description = "CSV with columns client, session, intake, score")
	Path data;

	@Option(names = "--center", required = true, paramLabel = "C",
			description = "intake score the intake is centred on, e.g. the sample's mean intake")
	double centre;

	@Option(names = "--intake", paramLabel = "I", description = "intake score of the band (default: the centre)")
	Double intake;

	@Option(names = "--sessions", paramLabel = "FIRST-LAST", defaultValue = "1-20",
			description = "sessions of the band (default: ${DEFAULT-VALUE})")
	String sessions;

	@Option(names = "--quantile", paramLabel = "Q", defaultValue = "0.90",
			description = "one-sided quantile of the band (default: ${DEFAULT-VALUE}, z = 1.2816)")
	double quantile;

	@Option(names = "--json", description = "print JSON with keys fixef, G, sigma2 and band")
	boolean json;

	@Mixin
	CsvOptions csv = new CsvOptions();

	public EtrCommand() {
	}

	@Override
	public Integer call() {
		PrintWriter err = this.spec.commandLine().getErr();
		try {
			SessionRange range = SessionRange.parse(this.sessions);
			double intakeScore = checkedOptions();
			long start = System.nanoTime();
			DataTable table = this.csv.read(this.data, EtrCsv.COLUMNS, "etr", err);
			List<TreatmentScore> scores = EtrCsv.read(table);
			long read = System.nanoTime();
			EtrFit fit = EtrModel.fit(scores, this.centre);
			long fitted = System.nanoTime();
			fit.warnings().forEach((warning) -> err.println("etr: warning: " + warning));
			err.flush();
			List<ExpectedScore> band = fit.model().band(intakeScore, range.first(), range.last(), this.quantile);
			PrintWriter out = this.spec.commandLine().getOut();
			EtrReport report = new EtrReport(fit, this.centre, intakeScore, this.quantile, band, (read - start) / 1e9,
					(fitted - read) / 1e9);
			out.print(this.json ? report.json() + "\n" : report.text(this.data.getFileName().toString()));
			out.flush();
			return 0;
		}
		catch (InvalidInputException | IllegalArgumentException ex) {
			err.println("etr: " + ex.getMessage());
			err.flush();
			return 1;
		}
	}

	private double checkedOptions() {
		if (!Double.isFinite(this.centre)) {
			throw new IllegalArgumentException("--center must be a finite number, not " + this.centre);
		}
		if (this.intake != null && !Double.isFinite(this.intake)) {
			throw new IllegalArgumentException("--intake must be a finite number, not " + this.intake);
		}
		if (!(this.quantile > 0.5 && this.quantile < 1)) {
			throw new IllegalArgumentException(
					"--quantile must lie strictly between 0.5 and 1 (0.90 in Finch et al.), not " + this.quantile);
		}
		if (!Files.isRegularFile(this.data)) {
			throw new IllegalArgumentException("--data: there is no file " + this.data);
		}
		return (this.intake != null) ? this.intake : this.centre;
	}

}
