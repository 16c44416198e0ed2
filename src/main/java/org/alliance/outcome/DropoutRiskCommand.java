package org.alliance.outcome;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.alliance.insight.CsvOptions;
import org.alliance.insight.InvalidInputException;
import org.alliance.outcome.dropout.Calibration;
import org.alliance.outcome.dropout.CrossValidatedRidge;
import org.alliance.outcome.dropout.FeatureTable;
import org.alliance.outcome.dropout.RidgeLogisticRegression;
import org.alliance.outcome.dropout.RidgeModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code alliance dropout-risk}: the clinic's dropout model (ridge logistic regression,
 * penalty chosen by cross-validation) fitted on a researcher's table, with its
 * cross-validated AUC, calibration and coefficients, and risks for the rows of another
 * table.
 */
@Command(name = "dropout-risk", mixinStandardHelpOptions = true,
		description = { "Fits a logistic regression with a ridge penalty chosen by k-fold cross-validation to a table "
				+ "with a 0/1 outcome and numeric features; prints the cross-validated AUC, the calibration slope and "
				+ "intercept of the out-of-fold predictions and the coefficients (per SD and per unit); with --predict, "
				+ "writes <id>,risk for each row of another table." })
public class DropoutRiskCommand implements Callable<Integer> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Fewer events per feature than this over-fit (Peduzzi et al. 1996). */
	static final int EVENTS_PER_FEATURE = 10;

	@Spec
	CommandSpec spec;

	@Option(names = "--train", required = true, description = "CSV with a header: the outcome and the features")
	Path train;

	@Option(names = "--outcome", required = true, description = "the outcome column: 1 dropout, 0 not")
	String outcome;

	@Option(names = "--features", required = true, split = ",", description = "feature columns, e.g. a,b,c")
	List<String> features;

	@Option(names = "--id", defaultValue = "episode",
			description = "the column naming each row of --predict (default ${DEFAULT-VALUE})")
	String id;

	@Option(names = "--predict", description = "CSV with the id and the features of the rows to predict")
	Path predict;

	@Option(names = "--out", description = "where to write <id>,risk for the rows of --predict")
	Path out;

	@Option(names = "--folds", defaultValue = "10", description = "cross-validation folds (default ${DEFAULT-VALUE})")
	int folds;

	@Option(names = "--seed", defaultValue = "1",
			description = "seed of the fold assignment (default ${DEFAULT-VALUE})")
	long seed;

	@Option(names = "--json", description = "print JSON")
	boolean json;

	@Mixin
	CsvOptions csv = new CsvOptions();

	public DropoutRiskCommand() {
	}

	@Override
	public Integer call() {
		PrintWriter err = this.spec.commandLine().getErr();
		try {
			checkOptions();
			FeatureTable table = FeatureTable.training(this.train, this.outcome, this.features, this.csv.settings());
			checkSize(table);
			List<String> warnings = warnings(table);
			warnings.forEach((warning) -> err.println("dropout-risk: warning: " + warning));
			err.flush();
			RidgeModel model = CrossValidatedRidge.fit(table.features(), table.x(), table.y(), this.folds, this.seed);
			if (this.predict != null) {
				FeatureTable rows = FeatureTable.prediction(this.predict, this.id, table.features(),
						this.csv.settings());
				writeRisks(model, rows);
				err.println("dropout-risk: wrote " + rows.rows() + " risks to " + this.out);
				err.flush();
			}
			PrintWriter stdout = this.spec.commandLine().getOut();
			stdout.print(this.json ? JSON.writeValueAsString(json(model, warnings)) + "\n" : text(model));
			stdout.flush();
			return 0;
		}
		catch (InvalidInputException | IllegalArgumentException | RidgeLogisticRegression.NotConverged ex) {
			err.println("dropout-risk: " + ex.getMessage());
			err.flush();
			return 1;
		}
		catch (IOException ex) {
			err.println("dropout-risk: cannot write " + this.out + ": " + ex.getMessage());
			err.flush();
			return 1;
		}
	}

	private void checkOptions() {
		if ((this.predict == null) != (this.out == null)) {
			throw new InvalidInputException(
					"--predict and --out go together: the risks of --predict's rows are" + " written to --out");
		}
		if (this.folds < 2) {
			throw new InvalidInputException("--folds must be 2 or more, not " + this.folds);
		}
	}

	private void checkSize(FeatureTable table) {
		int events = table.events();
		int others = table.rows() - events;
		if (events < this.folds || others < this.folds) {
			throw new InvalidInputException(String.format(Locale.ROOT,
					"too few rows in %s: %d-fold cross-validation needs at least %d rows with %s = 1 and %d with %s = 0;"
							+ " it has %d and %d",
					this.train.getFileName(), this.folds, this.folds, this.outcome, this.folds, this.outcome, events,
					others));
		}
	}

	private List<String> warnings(FeatureTable table) {
		List<String> warnings = new ArrayList<>();
		int rarer = Math.min(table.events(), table.rows() - table.events());
		if (rarer < EVENTS_PER_FEATURE * table.features().size()) {
			warnings.add(String.format(Locale.ROOT,
					"%d rows of the rarer outcome for %d features (%.1f per feature); below %d per feature a model"
							+ " tends to over-fit (Peduzzi et al. 1996)",
					rarer, table.features().size(), (double) rarer / table.features().size(), EVENTS_PER_FEATURE));
		}
		return warnings;
	}

	private void writeRisks(RidgeModel model, FeatureTable rows) throws IOException {
		try (Writer file = Files.newBufferedWriter(this.out, StandardCharsets.UTF_8)) {
			file.write(csvField(this.id) + ",risk\n");
			for (int i = 0; i < rows.rows(); i++) {
				file.write(csvField(rows.ids().get(i)) + ","
						+ String.format(Locale.ROOT, "%.6f", model.risk(rows.x()[i])) + "\n");
			}
		}
	}

	private static String csvField(String value) {
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
			return value;
		}
		return "\"" + value.replace("\"", "\"\"") + "\"";
	}

	private String text(RidgeModel model) {
		StringBuilder text = new StringBuilder();
		text.append(String.format(Locale.ROOT,
				"Dropout risk: logistic regression, ridge penalty chosen by %d-fold cross-validation (seed %d)%n",
				model.folds(), model.seed()));
		text.append(String.format(Locale.ROOT, "Rows: %d (%d with %s = 1); features: %d%n", model.rows(),
				model.events(), this.outcome, model.features().size()));
		text.append(String.format(Locale.ROOT,
				"Penalty (lambda): %.6g, the smallest out-of-fold deviance of 49 from 1e-4 to 1e2%n", model.lambda()));
		text.append(String.format(Locale.ROOT, "Cross-validated AUC: %.4f%n", model.cvAuc()));
		Calibration calibration = model.calibration();
		text.append(String.format(Locale.ROOT, "Calibration of out-of-fold predictions: slope %s, intercept %s%n%n",
				number(calibration.slope()), number(calibration.intercept())));
		text.append(String.format(Locale.ROOT, "%-24s %12s %12s %12s %12s%n", "coefficient", "per SD", "per unit",
				"mean", "sd"));
		text.append(String.format(Locale.ROOT, "%-24s %12.6f %12.6f%n", "(Intercept)", model.standardized().intercept(),
				model.original().intercept()));
		double[] perSd = model.standardized().coefficients();
		double[] perUnit = model.original().coefficients();
		double[] means = model.standardization().means();
		double[] sds = model.standardization().sds();
		for (int j = 0; j < perSd.length; j++) {
			text.append(String.format(Locale.ROOT, "%-24s %12.6f %12.6f %12.6g %12.6g%n", model.features().get(j),
					perSd[j], perUnit[j], means[j], sds[j]));
		}
		text.append("(per SD: log-odds per standard deviation of the feature; per unit: per unit of the feature)\n");
		return text.toString();
	}

	private static String number(double value) {
		return Double.isNaN(value) ? "not estimable (the outcome is separated)"
				: String.format(Locale.ROOT, "%.4f", value);
	}

	private Map<String, Object> json(RidgeModel model, List<String> warnings) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("outcome", this.outcome);
		json.put("rows", model.rows());
		json.put("events", model.events());
		json.put("features", model.features());
		json.put("folds", model.folds());
		json.put("seed", model.seed());
		json.put("lambda", model.lambda());
		json.put("cvAuc", model.cvAuc());
		Map<String, Object> calibration = new LinkedHashMap<>();
		calibration.put("slope", finite(model.calibration().slope()));
		calibration.put("intercept", finite(model.calibration().intercept()));
		calibration.put("groups", model.calibration().groups());
		json.put("calibration", calibration);
		List<Map<String, Object>> coefficients = new ArrayList<>();
		Map<String, Object> intercept = new LinkedHashMap<>();
		intercept.put("term", "(Intercept)");
		intercept.put("standardized", model.standardized().intercept());
		intercept.put("original", model.original().intercept());
		coefficients.add(intercept);
		double[] perSd = model.standardized().coefficients();
		double[] perUnit = model.original().coefficients();
		for (int j = 0; j < perSd.length; j++) {
			Map<String, Object> term = new LinkedHashMap<>();
			term.put("term", model.features().get(j));
			term.put("standardized", perSd[j]);
			term.put("original", perUnit[j]);
			term.put("mean", model.standardization().means()[j]);
			term.put("sd", model.standardization().sds()[j]);
			coefficients.add(term);
		}
		json.put("coefficients", coefficients);
		json.put("warnings", warnings);
		return json;
	}

	private static Double finite(double value) {
		return Double.isNaN(value) ? null : value;
	}

}
