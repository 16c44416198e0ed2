package org.alliance.insight.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.alliance.insight.Formula.Term;
import org.alliance.insight.InvalidInputException;

/**
 * A model matrix as R's {@code model.matrix} builds it with treatment contrasts: a factor
 * in a term is coded by contrasts (first level dropped) when the term without that factor
 * is also in the model (the intercept standing for the empty term), and by one indicator
 * per level otherwise; within a term the first variable varies fastest.
 *
 * @param names the column names, as R names them
 * @param values the matrix row by row
 * @param referenceLevels the first level of each factor coded by contrasts, by factor, in
 * order of first use
 */
record DesignMatrix(List<String> names, double[] values, Map<String, String> referenceLevels) {

	static DesignMatrix of(boolean intercept, List<Term> terms, Function<String, Variable> variables, int rows) {
		Set<Set<String>> present = new HashSet<>();
		if (intercept) {
			present.add(Set.of());
		}
		terms.forEach((term) -> present.add(Set.copyOf(term.variables())));
		List<DesignColumn> columns = new ArrayList<>();
		if (intercept) {
			columns.add(new DesignColumn("(Intercept)", List.of()));
		}
		Map<String, String> references = new LinkedHashMap<>();
		for (Term term : terms) {
			columns.addAll(columnsOf(term, present, variables, references));
		}
		int width = columns.size();
		double[] values = new double[rows * width];
		for (int c = 0; c < width; c++) {
			columns.get(c).fill(values, c, width, rows);
		}
		return new DesignMatrix(columns.stream().map(DesignColumn::name).toList(), values, references);
	}

	private static List<DesignColumn> columnsOf(Term term, Set<Set<String>> present,
			Function<String, Variable> variables, Map<String, String> references) {
		List<DesignColumn> columns = List.of(new DesignColumn("", List.of()));
		for (String name : term.variables()) {
			Variable variable = variables.apply(name);
			List<DesignColumn> next = new ArrayList<>();
			if (variable instanceof Variable.Factor factor) {
				Set<String> margin = new HashSet<>(term.variables());
				margin.remove(name);
				int first = present.contains(margin) ? 1 : 0;
				if (first == 1) {
					references.putIfAbsent(name, factor.levels().get(0));
				}
				if (factor.levels().size() - first < 1) {
					throw new InvalidInputException(
							"factor '" + name + "' has a single level, so it cannot be a fixed effect");
				}
				for (DesignColumn prefix : columns) {
					for (int level = first; level < factor.levels().size(); level++) {
						next.add(prefix.times(new Part(variable, level)));
					}
				}
				// R lets the first factor vary fastest: reorder prefix-major to
				// level-major
				columns = levelMajor(next, columns.size(), factor.levels().size() - first);
			}
			else {
				for (DesignColumn prefix : columns) {
					next.add(prefix.times(new Part(variable, -1)));
				}
				columns = next;
			}
		}
		return columns;
	}

	private static List<DesignColumn> levelMajor(List<DesignColumn> prefixMajor, int prefixes, int levels) {
		List<DesignColumn> ordered = new ArrayList<>(prefixMajor.size());
		for (int level = 0; level < levels; level++) {
			for (int prefix = 0; prefix < prefixes; prefix++) {
				ordered.add(prefixMajor.get(prefix * levels + level));
			}
		}
		return ordered;
	}

	/** One factor level (or a covariate when level is -1) in a product column. */
	private record Part(Variable variable, int level) {

		String label() {
			return (this.level < 0) ? this.variable.name()
					: this.variable.name() + ((Variable.Factor) this.variable).levels().get(this.level);
		}

		double value(int row) {
			if (this.variable instanceof Variable.Factor factor) {
				return (factor.codes()[row] == this.level) ? 1.0 : 0.0;
			}
			return ((Variable.Covariate) this.variable).values()[row];
		}

	}

	/** A column: the product of its parts. */
	private record DesignColumn(String name, List<Part> parts) {

		DesignColumn times(Part part) {
			List<Part> all = new ArrayList<>(this.parts);
			all.add(part);
			return new DesignColumn(this.name.isEmpty() ? part.label() : this.name + ":" + part.label(), all);
		}

		void fill(double[] values, int column, int width, int rows) {
			for (int row = 0; row < rows; row++) {
				double value = 1.0;
				for (Part part : this.parts) {
					value *= part.value(row);
				}
				values[row * width + column] = value;
			}
		}

	}

}
