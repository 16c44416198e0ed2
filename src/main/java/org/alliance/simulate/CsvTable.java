package org.alliance.simulate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file in memory: header, rows, RFC 4180 quoting, {@code \n} line ends.
 */
final class CsvTable {

	private final String name;

	private final List<String> lines = new ArrayList<>();

	CsvTable(String name, String... header) {
		this.name = name;
		this.lines.add(String.join(",", header));
	}

	/** Free text, always quoted so readers never mistake it for a code. */
	record Quoted(String text) {
	}

	CsvTable row(Object... cells) {
		List<String> encoded = new ArrayList<>();
		for (Object cell : cells) {
			encoded.add(encode(cell));
		}
		this.lines.add(String.join(",", encoded));
		return this;
	}

	String name() {
		return this.name;
	}

	int rows() {
		return this.lines.size() - 1;
	}

	String text() {
		return String.join("\n", this.lines) + "\n";
	}

	private static String encode(Object cell) {
		if (cell == null) {
			return "";
		}
		if (cell instanceof Quoted quoted) {
			return quote(quoted.text());
		}
		String text = cell.toString();
		boolean needsQuotes = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
		return needsQuotes ? quote(text) : text;
	}

	private static String quote(String text) {
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

	/**
	 * A mean on the item scale with at most four decimals and no trailing zeros: 4.5, 4,
	 * 4.3333.
	 */
	static String decimal(double value) {
		return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

}
