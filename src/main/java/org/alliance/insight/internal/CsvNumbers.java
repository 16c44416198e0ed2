package org.alliance.insight.internal;

import java.nio.charset.StandardCharsets;

/**
 * Parses numbers straight from CSV bytes. Plain decimals of up to 15 significant digits
 * and a power of ten within 10^±22 are exact in one double operation (both operands are
 * exact doubles, so the result is correctly rounded); anything else goes to
 * {@link Double#parseDouble}.
 */
final class CsvNumbers {

	/** A NaN with its own payload: the cell holds text, not a number. */
	private static final long TEXT_BITS = 0x7FF8_0000_0000_7E57L;

	private static final double[] POWERS = new double[23];

	static {
		POWERS[0] = 1;
		for (int i = 1; i < POWERS.length; i++) {
			POWERS[i] = POWERS[i - 1] * 10;
		}
	}

	private CsvNumbers() {
	}

	/** Whether a value returned by {@link #parse} marks a text cell. */
	static boolean isText(double value) {
		return Double.doubleToRawLongBits(value) == TEXT_BITS;
	}

	/** Whether the cell is missing: empty, blank or {@code NA}. */
	static boolean isMissing(byte[] bytes, int start, int end) {
		int from = skipBlanks(bytes, start, end);
		int to = trimBlanks(bytes, from, end);
		return from == to || (to - from == 2 && bytes[from] == 'N' && bytes[from + 1] == 'A');
	}

	/**
	 * Parses a cell.
	 * @param decimal the decimal mark, {@code .} or {@code ,}
	 * @return the number, {@code NaN} when missing, or the text marker (see
	 * {@link #isText})
	 */
	static double parse(byte[] bytes, int start, int end, byte decimal) {
		int from = skipBlanks(bytes, start, end);
		int to = trimBlanks(bytes, from, end);
		if (from == to || (to - from == 2 && bytes[from] == 'N' && bytes[from + 1] == 'A')) {
			return Double.NaN;
		}
		double fast = parseSimple(bytes, from, to, decimal);
		return Double.isNaN(fast) ? parseSlow(bytes, from, to, decimal) : fast;
	}

	private static double parseSimple(byte[] bytes, int from, int to, byte decimal) {
		int i = from;
		boolean negative = false;
		if (bytes[i] == '-' || bytes[i] == '+') {
			negative = bytes[i] == '-';
			i++;
		}
		long mantissa = 0;
		int digits = 0;
		int scale = 0;
		boolean point = false;
		boolean any = false;
		for (; i < to; i++) {
			byte b = bytes[i];
			if (b >= '0' && b <= '9') {
				any = true;
				if (mantissa != 0 || b != '0') {
					digits++;
				}
				mantissa = mantissa * 10 + (b - '0');
				if (point) {
					scale++;
				}
			}
			else if (b == decimal && !point) {
				point = true;
			}
			else {
				return Double.NaN;
			}
		}
		if (!any || digits > 15 || scale > 22) {
			return Double.NaN;
		}
		double value = mantissa / POWERS[scale];
		return negative ? -value : value;
	}

	private static double parseSlow(byte[] bytes, int from, int to, byte decimal) {
		String text = new String(bytes, from, to - from, StandardCharsets.UTF_8);
		if (decimal == ',') {
			// a point in a decimal-comma file is a thousands mark or text, as in
			// read.csv2
			if (text.indexOf('.') >= 0) {
				return Double.longBitsToDouble(TEXT_BITS);
			}
			text = text.replace(',', '.');
		}
		if (text.equals("Inf") || text.equals("-Inf") || text.equals("NaN")) {
			return text.equals("NaN") ? Double.NaN
					: (text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
		}
		if (text.indexOf('x') >= 0 || text.indexOf('X') >= 0 || text.endsWith("d") || text.endsWith("D")
				|| text.endsWith("f") || text.endsWith("F") || text.contains("Infinity")) {
			return Double.longBitsToDouble(TEXT_BITS);
		}
		try {
			return Double.parseDouble(text);
		}
		catch (NumberFormatException ex) {
			return Double.longBitsToDouble(TEXT_BITS);
		}
	}

	private static int skipBlanks(byte[] bytes, int start, int end) {
		int i = start;
		while (i < end && (bytes[i] == ' ' || bytes[i] == '\t')) {
			i++;
		}
		return i;
	}

	private static int trimBlanks(byte[] bytes, int from, int end) {
		int i = end;
		while (i > from && (bytes[i - 1] == ' ' || bytes[i - 1] == '\t')) {
			i--;
		}
		return i;
	}

}
