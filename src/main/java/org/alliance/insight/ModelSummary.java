package org.alliance.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints a fit laid out like lme4's {@code summary()}: header, criterion, scaled
 * residuals, random effects, group counts, fixed effects with Satterthwaite t tests (as
 * lmerTest's summary) and their correlations, then the optimiser's convergence notes.
 */
public final class ModelSummary {

	private ModelSummary() {
	}

	/**
	 * Renders a fit.
	 * @param fit the fit
	 * @param dataName what to print after {@code Data:}
	 * @return the text, lines separated by {@code \n}
	 */
	public static String of(ModelFit fit, String dataName) {
		StringBuilder out = new StringBuilder();
		header(out, fit, dataName);
		residuals(out, fit);
		randomEffects(out, fit);
		fixedEffects(out, fit);
		correlations(out, fit);
		convergence(out, fit);
		return out.toString();
	}

	private static void header(StringBuilder out, ModelFit fit, String dataName) {
		boolean reml = fit.criterion() == Criterion.REML;
		out.append(reml ? "Linear mixed model fit by REML. t-tests use Satterthwaite's method ['lmerMod']\n"
				: "Linear mixed model fit by maximum likelihood . t-tests use Satterthwaite's method ['lmerMod']\n");
		out.append("Formula: ").append(fit.formula()).append('\n');
		out.append("   Data: ").append(dataName).append("\n\n");
		if (reml) {
			out.append(String.format(Locale.ROOT, "REML criterion at convergence: %.1f%n%n", fit.objective()));
		}
		Table table = new Table(List.of("AIC", "BIC", "logLik", reml ? "REMLcrit" : "deviance", "df.resid")).numeric();
		table.row(List.of(f(fit.aic(), 1), f(fit.bic(), 1), f(fit.logLikelihood(), 1), f(fit.objective(), 1),
				Integer.toString(fit.residualDegreesOfFreedom())));
		out.append(table.render()).append('\n');
	}

	private static void residuals(StringBuilder out, ModelFit fit) {
		out.append("Scaled residuals: \n");
		Table table = new Table(List.of("Min", "1Q", "Median", "3Q", "Max")).numeric();
		List<String> row = new ArrayList<>();
		for (double value : fit.scaledResiduals()) {
			row.add(f(value, 4));
		}
		table.row(row);
		out.append(table.render()).append('\n');
	}

	private static void randomEffects(StringBuilder out, ModelFit fit) {
		out.append("Random effects:\n");
		boolean correlated = fit.varianceComponents().stream().anyMatch((c) -> c.names().size() > 1);
		List<String> heads = new ArrayList<>(List.of(" Groups", "Name", "Variance", "Std.Dev."));
		if (correlated) {
			heads.add("Corr");
		}
		Table table = new Table(heads).leftColumns(2);
		List<String> seen = new ArrayList<>();
		for (VarianceComponent component : fit.varianceComponents()) {
			String group = uniqueName(component.group(), seen);
			for (int i = 0; i < component.names().size(); i++) {
				List<String> row = new ArrayList<>(List.of((i == 0) ? " " + group : "", component.names().get(i),
						g(component.variances()[i]), g(component.standardDeviations()[i])));
				if (correlated) {
					row.add(correlationCells(component, i));
				}
				table.row(row);
			}
		}
		List<String> residual = new ArrayList<>(List.of(" Residual", "", g(fit.residualVariance()), g(fit.sigma())));
		if (correlated) {
			residual.add("");
		}
		table.row(residual);
		out.append(table.render());
		out.append("Number of obs: ").append(fit.observations()).append(", groups:  ");
		List<String> groups = new ArrayList<>();
		for (Map.Entry<String, Integer> entry : fit.groups().entrySet()) {
			groups.add(entry.getKey() + ", " + entry.getValue());
		}
		out.append(String.join("; ", groups)).append("\n\n");
	}

	/** lme4 prints a grouping factor that repeats as {@code name.1}, {@code name.2}. */
	private static String uniqueName(String group, List<String> seen) {
		long count = seen.stream().filter(group::equals).count();
		seen.add(group);
		return (count == 0) ? group : group + "." + count;
	}

	private static String correlationCells(VarianceComponent component, int i) {
		List<String> cells = new ArrayList<>();
		for (int j = 0; j < i; j++) {
			cells.add(f(component.correlation(i, j), 2));
		}
		return String.join(" ", cells);
	}

	private static void fixedEffects(StringBuilder out, ModelFit fit) {
		out.append("Fixed effects:\n");
		Table table = new Table(List.of("", "Estimate", "Std. Error", "df", "t value", "Pr(>|t|)"));
		for (FixedEffect effect : fit.fixedEffects()) {
			table.row(List.of(effect.name(), f(effect.estimate(), 3), f(effect.standardError(), 3),
					f(effect.degreesOfFreedom(), 3), f(effect.tValue(), 3), p(effect.pValue())));
		}
		out.append(table.render());
		for (Map.Entry<String, String> reference : fit.referenceLevels().entrySet()) {
			out.append("Reference level of ")
				.append(reference.getKey())
				.append(": ")
				.append(reference.getValue())
				.append('\n');
		}
	}

	/**
	 * p-values as R's {@code format.pval}: three significant digits, tiny ones as
	 * {@code <2e-16}.
	 */
	static String p(double value) {
		if (Double.isNaN(value)) {
			return "NA";
		}
		return (value < 2e-16) ? "<2e-16" : String.format(Locale.ROOT, "%.3g", value);
	}

	private static void correlations(StringBuilder out, ModelFit fit) {
		int p = fit.fixedEffects().size();
		if (p < 2) {
			return;
		}
		out.append("\nCorrelation of Fixed Effects:\n");
		List<String> heads = new ArrayList<>(List.of(""));
		for (int j = 0; j < p - 1; j++) {
			heads.add(abbreviate(fit.fixedEffects().get(j).name()));
		}
		Table table = new Table(heads);
		for (int i = 1; i < p; i++) {
			List<String> row = new ArrayList<>(List.of(abbreviate(fit.fixedEffects().get(i).name())));
			for (int j = 0; j < p - 1; j++) {
				row.add((j < i) ? f(fit.fixedCorrelation(i, j), 3) : "");
			}
			table.row(row);
		}
		out.append(table.render());
	}

	/**
	 * Shortens names as R's {@code abbreviate(minlength = 6)} does: lower-case vowels go
	 * first, from the right, then other lower-case letters, never the first character.
	 */
	static String abbreviate(String name) {
		if (name.equals("(Intercept)")) {
			return "(Intr)";
		}
		StringBuilder text = new StringBuilder(name);
		dropFromRight(text, "aeiou");
		dropFromRight(text, "abcdefghijklmnopqrstuvwxyz");
		return (text.length() <= 6) ? text.toString() : text.substring(0, 6);
	}

	private static void dropFromRight(StringBuilder text, String letters) {
		for (int i = text.length() - 1; i > 0 && text.length() > 6; i--) {
			if (letters.indexOf(text.charAt(i)) >= 0) {
				text.deleteCharAt(i);
			}
		}
	}

	private static void convergence(StringBuilder out, ModelFit fit) {
		Convergence convergence = fit.convergence();
		out.append(String.format(Locale.ROOT,
				"%nOptimizer: bounded Nelder-Mead, %d evaluations, %s, max|scaled grad| %.2g%n",
				convergence.evaluations(), convergence.converged() ? "converged" : "NOT converged",
				convergence.maxScaledGradient()));
		for (String message : convergence.messages()) {
			out.append(message).append('\n');
		}
		for (String warning : fit.warnings()) {
			out.append("Warning: ").append(warning).append('\n');
		}
		if (fit.droppedRows() > 0) {
			out.append(fit.droppedRows()).append(" rows with missing values were dropped\n");
		}
	}

	static String f(double value, int decimals) {
		return String.format(Locale.ROOT, "%." + decimals + "f", value);
	}

	/** Five significant digits, as lme4 prints variances. */
	static String g(double value) {
		if (value == 0 || !Double.isFinite(value)) {
			return f(value, 4);
		}
		int integerDigits = (int) Math.floor(Math.log10(Math.abs(value))) + 1;
		return f(value, Math.max(0, Math.min(10, 5 - integerDigits)));
	}

	/** A text table with columns padded to their widest cell. */
	private static final class Table {

		private final List<List<String>> rows = new ArrayList<>();

		private boolean labelled = true;

		private int leftColumns = 1;

		Table(List<String> heads) {
			this.rows.add(heads);
		}

		Table numeric() {
			this.labelled = false;
			return this;
		}

		Table leftColumns(int count) {
			this.leftColumns = count;
			return this;
		}

		void row(List<String> cells) {
			this.rows.add(cells);
		}

		/** Renders the table, labels left-aligned and numbers right-aligned. */
		String render() {
			int columns = this.rows.get(0).size();
			int[] widths = new int[columns];
			for (List<String> row : this.rows) {
				for (int c = 0; c < columns; c++) {
					widths[c] = Math.max(widths[c], row.get(c).length());
				}
			}
			StringBuilder out = new StringBuilder();
			for (List<String> row : this.rows) {
				for (int c = 0; c < columns; c++) {
					boolean left = (this.labelled) ? c < this.leftColumns : false;
					String format = "%" + (left ? "-" : "") + widths[c] + "s";
					out.append(String.format(format, row.get(c))).append((c < columns - 1) ? " " : "");
				}
				out.append('\n');
			}
			return out.toString().replaceAll(" +\n", "\n");
		}

	}

}
