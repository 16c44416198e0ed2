package org.alliance.insight.internal;

import org.alliance.insight.CsvDialect;
import org.alliance.insight.CsvSettings;

/**
 * Finds a file's separator and decimal mark from its first lines, the way
 * {@code data.table::fread} finds its separator: the candidate ({@code ,} {@code ;} tab
 * {@code |}, in that order of preference) that splits the header into at least two fields
 * and every sampled line into as many; failing that, the one that splits the header most.
 * The decimal mark is a point for comma-separated files; otherwise the mark the sampled
 * numbers use, a comma when they show none (R's {@code read.csv2} convention for
 * {@code ;}). Quotes are honoured within a line.
 */
final class CsvDialectDetector {

	private static final char[] SEPARATORS = { ',', ';', '\t', '|' };

	private static final int SAMPLE_LINES = 1000;

	private CsvDialectDetector() {
	}

	/**
	 * The dialect and which of its parts were detected.
	 *
	 * @param dialect the dialect to read with
	 * @param separatorDetected whether the separator was detected, not given
	 * @param decimalDetected whether the decimal mark was detected, not given
	 */
	record Detection(CsvDialect dialect, boolean separatorDetected, boolean decimalDetected) {
	}

	static Detection detect(byte[] bytes, int start, CsvSettings settings) {
		String[] lines = sample(bytes, start);
		char separator = (settings.separator() != null) ? settings.separator() : separator(lines);
		char decimal = (settings.decimal() != null) ? settings.decimal() : decimal(lines, separator);
		return new Detection(new CsvDialect(separator, decimal), settings.separator() == null,
				settings.decimal() == null);
	}

	private static String[] sample(byte[] bytes, int start) {
		int end = start;
		int count = 0;
		while (end < bytes.length && count < SAMPLE_LINES) {
			if (bytes[end++] == '\n') {
				count++;
			}
		}
		String text = new String(bytes, start, end - start, java.nio.charset.StandardCharsets.UTF_8);
		return text.lines().filter((line) -> !line.isBlank()).toArray(String[]::new);
	}

	private static char separator(String[] lines) {
		if (lines.length == 0) {
			return ',';
		}
		for (char candidate : SEPARATORS) {
			int fields = fields(lines[0], candidate);
			boolean consistent = fields >= 2;
			for (int i = 1; i < lines.length && consistent; i++) {
				consistent = fields(lines[i], candidate) == fields;
			}
			if (consistent) {
				return candidate;
			}
		}
		char best = ',';
		for (char candidate : SEPARATORS) {
			if (fields(lines[0], candidate) > fields(lines[0], best)) {
				best = candidate;
			}
		}
		return best;
	}

	/** How many fields a separator makes of a line, not counting it inside quotes. */
	private static int fields(String line, char separator) {
		int fields = 1;
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == separator && !quoted) {
				fields++;
			}
		}
		return fields;
	}

	private static char decimal(String[] lines, char separator) {
		if (separator == ',') {
			return '.';
		}
		int commas = 0;
		int points = 0;
		for (int i = 1; i < lines.length; i++) {
			for (String cell : lines[i].split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1)) {
				String number = cell.strip().replace("\"", "");
				if (number.matches("[+-]?\\d*,\\d+([eE][+-]?\\d+)?")) {
					commas++;
				}
				else if (number.matches("[+-]?\\d*\\.\\d+([eE][+-]?\\d+)?")) {
					points++;
				}
			}
		}
		if (commas == points) {
			return (separator == ';') ? ',' : '.';
		}
		return (commas > points) ? ',' : '.';
	}

}
