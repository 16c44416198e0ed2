package org.alliance.insight.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alliance.insight.Column;
import org.alliance.insight.DataTable;
import org.alliance.insight.Formula;
import org.alliance.insight.Formula.RandomTerm;
import org.alliance.insight.InvalidInputException;
import org.alliance.insight.NumericColumn;
import org.alliance.insight.TextColumn;

/**
 * Turns a table and a formula into a {@link ModelFrame}, as R's {@code model.frame} and
 * lme4's {@code mkReTrms} do: rows with a missing model variable are dropped
 * ({@code na.omit}), a non-finite number in a model column is refused, text columns
 * become factors with sorted levels, and random-effects terms are ordered by decreasing
 * number of levels (ties keep formula order).
 */
public final class ModelFrameBuilder {

	private final DataTable table;

	private final Formula formula;

	private final Map<String, Variable> variables = new HashMap<>();

	private int[] kept;

	private ModelFrameBuilder(DataTable table, Formula formula) {
		this.table = table;
		this.formula = formula;
	}

	/**
	 * Builds the model frame.
	 * @param table the data
	 * @param formula the model
	 * @return the frame, never null
	 * @throws InvalidInputException for a missing column, a non-finite number, a text
	 * response or no complete row
	 */
	public static ModelFrame build(DataTable table, Formula formula) {
		return new ModelFrameBuilder(table, formula).build();
	}

	private ModelFrame build() {
		List<Column> columns = this.formula.variables().stream().map(this.table::column).toList();
		for (String name : this.formula.variables()) {
			this.table.firstNonFinite(name).ifPresent((cell) -> {
				throw new InvalidInputException("column '" + name + "' has " + cell.describe()
						+ ": a model needs finite numbers (lme4 refuses them too: NA/NaN/Inf in '" + name
						+ "'); correct the value, or leave the cell empty or NA to drop the row");
			});
		}
		this.kept = completeRows(columns);
		if (this.kept.length == 0) {
			throw new InvalidInputException("no row has all of " + this.formula.variables() + " present");
		}
		double[] y = response();
		DesignMatrix fixed = DesignMatrix.of(this.formula.intercept(), this.formula.fixed(), this::variable,
				this.kept.length);
		List<RandomEffectTerm> terms = new ArrayList<>();
		for (RandomTerm term : this.formula.random()) {
			terms.add(randomTerm(term));
		}
		terms.sort(Comparator.comparingInt(RandomEffectTerm::levelCount).reversed());
		return new ModelFrame(y, fixed.values(), fixed.names(), terms, this.table.rowCount() - this.kept.length,
				fixed.referenceLevels());
	}

	private static int[] completeRows(List<Column> columns) {
		int rows = columns.get(0).size();
		int[] kept = new int[rows];
		int count = 0;
		for (int row = 0; row < rows; row++) {
			boolean complete = true;
			for (Column column : columns) {
				complete &= !column.isMissing(row);
			}
			if (complete) {
				kept[count++] = row;
			}
		}
		return java.util.Arrays.copyOf(kept, count);
	}

	private double[] response() {
		Variable response = variable(this.formula.response());
		if (!(response instanceof Variable.Covariate covariate)) {
			throw new InvalidInputException("the response '" + this.formula.response() + "' must be numeric"
					+ decimalHint(this.formula.response()));
		}
		return covariate.values();
	}

	private RandomEffectTerm randomTerm(RandomTerm term) {
		DesignMatrix design = DesignMatrix.of(term.intercept(), term.effects(), this::variable, this.kept.length);
		if (design.names().isEmpty()) {
			throw new InvalidInputException("the random-effects term for '" + term.groupLabel() + "' has no columns");
		}
		GroupingFactor grouping = GroupingFactor.of(term.grouping().stream().map(this::factor).toList());
		boolean plainIntercept = design.names().size() == 1 && term.intercept();
		return new RandomEffectTerm(term.groupLabel(), design.names(), grouping.levels(), grouping.codes(),
				plainIntercept ? null : design.values(), term.label());
	}

	/** Says so when a text column is numbers written with decimal commas. */
	String decimalHint(String name) {
		return (this.table.column(name) instanceof TextColumn text && text.holdsDecimalCommaNumbers())
				? " (its values are numbers with decimal commas, such as '" + text.dictionary().get(0)
						+ "': read the file with --decimal ',')"
				: "";
	}

	/**
	 * The variable over the kept rows: numeric columns stay numeric, text becomes a
	 * factor.
	 */
	Variable variable(String name) {
		return this.variables.computeIfAbsent(name, (key) -> {
			Column column = this.table.column(key);
			return (column instanceof NumericColumn numeric) ? covariate(numeric) : factor(key);
		});
	}

	private Variable.Covariate covariate(NumericColumn column) {
		double[] values = new double[this.kept.length];
		for (int i = 0; i < values.length; i++) {
			values[i] = column.values()[this.kept[i]];
		}
		return new Variable.Covariate(column.name(), values);
	}

	/**
	 * Any column as a factor: grouping variables are factors even when numeric, as in
	 * lme4.
	 */
	private Variable.Factor factor(String name) {
		return Factors.of(this.table.column(name), this.kept, this.table.referenceLevel(name));
	}

}
