package org.alliance.insight.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.alliance.insight.Column;
import org.alliance.insight.NumericColumn;
import org.alliance.insight.TextColumn;

/**
 * Makes factors as R's {@code factor()} does: levels are the distinct values present,
 * sorted (text by code point, numbers numerically).
 */
final class Factors {

	private Factors() {
	}

	static Variable.Factor of(Column column, int[] kept) {
		if (column instanceof TextColumn text) {
			return ofText(text, kept);
		}
		return ofNumbers((NumericColumn) column, kept);
	}

	private static Variable.Factor ofText(TextColumn column, int[] kept) {
		int dictionarySize = column.dictionary().size();
		boolean[] present = new boolean[dictionarySize];
		for (int row : kept) {
			present[column.codes()[row]] = true;
		}
		Integer[] order = new Integer[dictionarySize];
		for (int i = 0; i < dictionarySize; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> column.dictionary().get(a).compareTo(column.dictionary().get(b)));
		int[] levelOfCode = new int[dictionarySize];
		List<String> levels = new ArrayList<>();
		for (Integer code : order) {
			if (present[code]) {
				levelOfCode[code] = levels.size();
				levels.add(column.dictionary().get(code));
			}
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
