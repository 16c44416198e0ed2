package org.alliance.insight;

/**
 * How a delimited text file separates its fields and writes its decimals. Spreadsheets in
 * much of Europe export {@code ;} with decimal commas ({@code 249,56}), R's
 * {@code read.csv2} convention; the rest of the world exports {@code ,} with decimal
 * points.
 *
 * @param separator the field separator: {@code ,}, {@code ;}, tab or {@code |}
 * @param decimal the decimal mark: {@code .} or {@code ,}
 */
public record CsvDialect(char separator, char decimal) {

	/** RFC 4180: comma-separated, decimal points. */
	public static final CsvDialect STANDARD = new CsvDialect(',', '.');

	/**
	 * Validates the dialect.
	 * @throws InvalidInputException for another separator or decimal mark
	 */
	public CsvDialect {
		if (",;\t|".indexOf(separator) < 0) {
			throw new InvalidInputException("the field separator must be ',', ';', tab or '|', not " + name(separator));
		}
		if (decimal != '.' && decimal != ',') {
			throw new InvalidInputException("the decimal mark must be '.' or ',', not " + name(decimal));
		}
	}

	/**
	 * Describes the dialect for a message.
	 * @return e.g. {@code ';'-separated with decimal ','}
	 */
	public String describe() {
		return name(this.separator) + "-separated with decimal '" + this.decimal + "'";
	}

	static String name(char character) {
		return (character == '\t') ? "tab" : "'" + character + "'";
	}

}
