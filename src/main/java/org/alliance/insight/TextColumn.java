package org.alliance.insight;

import java.util.List;

/**
 * A column of text, stored as codes into a dictionary of distinct values in order of
 * first appearance; a missing cell has code -1. The array is shared, not copied: treat it
 * as read-only.
 *
 * @param name the header
 * @param codes the dictionary index by row, -1 when missing
 * @param dictionary the distinct values
 */
public record TextColumn(String name, int[] codes, List<String> dictionary) implements Column {

	public TextColumn {
		dictionary = List.copyOf(dictionary);
	}

	@Override
	public int size() {
		return this.codes.length;
	}

	@Override
	public boolean isMissing(int row) {
		return this.codes[row] < 0;
	}

	/**
	 * The text in a row.
	 * @param row the row, from 0
	 * @return the value, or null when missing
	 */
	public String value(int row) {
		int code = this.codes[row];
		return (code < 0) ? null : this.dictionary.get(code);
	}

	/**
	 * Whether every value reads as a number written with a decimal comma ({@code 249,56})
	 * and some have one: the sign of a file read with the wrong decimal mark.
	 * @return true when the column is numbers with decimal commas
	 */
	public boolean holdsDecimalCommaNumbers() {
		boolean comma = false;
		for (String value : this.dictionary) {
			String number = value.strip();
			if (!number.matches("[+-]?\\d*(,\\d+)?([eE][+-]?\\d+)?") || number.isEmpty()) {
				return false;
			}
			comma |= number.indexOf(',') >= 0;
		}
		return comma;
	}

}
