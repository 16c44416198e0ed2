package org.alliance.insight.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.alliance.insight.Column;
import org.alliance.insight.InvalidInputException;
import org.alliance.insight.NumericColumn;
import org.alliance.insight.TextColumn;

/**
 * Makes factors as R's {@code factor()} does: levels are the distinct values present,
 * sorted; numbers numerically, text as R's {@code sort()} orders it in an English locale
 * ({@link LevelOrder}). A reference level chosen by the user ({@code relevel}) comes
 * first.
 */
final class Factors {

	private Factors() {
	}

	static Variable.Factor of(Column column, int[] kept, Optional<String> reference) {
		if (column instanceof TextColumn text) {
			return ofText(text, kept, reference);
		}
		return ofNumbers((NumericColumn) column, kept);
	}

	private static Variable.Factor ofText(TextColumn column, int[] kept, Optional<String> reference) {
		int dictionarySize = column.dictionary().size();
		boolean[] present = new boolean[dictionarySize];
		for (int row : kept) {
			present[column.codes()[row]] = true;
		}
		Integer[] order = new Integer[dictionarySize];
		for (int i = 0; i < dictionarySize; i++) {
			order[i] = i;
		}
		Comparator<Integer> sorted = (a, b) -> LevelOrder.compare(column.dictionary().get(a),
				column.dictionary().get(b));
		String first = reference.orElse(null);
		Arrays.sort(order, Comparator.comparing((Integer code) -> !column.dictionary().get(code).equals(first))
			.thenComparing(sorted));
		int[] levelOfCode = new int[dictionarySize];
		List<String> levels = new ArrayList<>();
		for (Integer code : order) {
			if (present[code]) {
				levelOfCode[code] = levels.size();
				levels.add(column.dictionary().get(code));
			}
		}
		if (reference.isPresent() && !levels.get(0).equals(reference.get())) {
			throw new InvalidInputException("the reference level '" + reference.get() + "' of '" + column.name()
					+ "' is on no row the model uses");
		}
		int[] codes = new int[kept.length];
		for (int i = 0; i < kept.length; i++) {
			codes[i] = levelOfCode[column.codes()[kept[i]]];
		}
		return new Variable.Factor(column.name(), codes, levels);
	}

	private static Variable.Factor ofNumbers(NumericColumn column, int[] kept) {
		double[] values = new double[kept.length];
		for (int i = 0; i < kept.length; i++) {
			values[i] = column.values()[kept[i]];
		}
		double[] distinct = Arrays.stream(values).sorted().distinct().toArray();
		int[] codes = new int[kept.length];
		for (int i = 0; i < kept.length; i++) {
			codes[i] = Arrays.binarySearch(distinct, values[i]);
		}
		List<String> levels = Arrays.stream(distinct).mapToObj(Factors::label).toList();
		return new Variable.Factor(column.name(), codes, levels);
	}

	/** Formats a number as R prints a level: integers without a decimal point. */
	static String label(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		return Double.toString(value);
	}

}
