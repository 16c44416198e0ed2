package org.alliance.insight;

/**
 * What a user fixed of a file's {@link CsvDialect}; a null part is detected from the
 * file.
 *
 * @param separator the field separator, or null to detect it
 * @param decimal the decimal mark, or null to detect it
 */
public record CsvSettings(Character separator, Character decimal) {

	/** Detect both. */
	public static final CsvSettings DETECT = new CsvSettings(null, null);

	/**
	 * Validates what was fixed.
	 * @throws InvalidInputException for a separator or decimal mark no dialect uses
	 */
	public CsvSettings {
		new CsvDialect((separator != null) ? separator : ',', (decimal != null) ? decimal : '.');
	}

}
