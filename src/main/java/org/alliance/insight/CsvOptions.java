package org.alliance.insight;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collection;

import picocli.CommandLine.Option;

/**
 * The {@code --sep} and {@code --decimal} options of the commands that read a data file,
 * and the note on stderr of what was detected when they are left out.
 */
public class CsvOptions {

	@Option(names = "--sep", paramLabel = "CHAR", converter = SeparatorConverter.class,
			description = "field separator: ',' ';' tab or '|' (default: detected; European spreadsheets export ';')")
	Character separator;

	@Option(names = "--decimal", paramLabel = "CHAR",
			description = "decimal mark: '.' or ',' (default: detected; ',' goes with --sep ';')")
	Character decimal;

	/**
	 * The settings the options give.
	 * @return the settings, parts left out to be detected
	 */
	public CsvSettings settings() {
		return new CsvSettings(this.separator, this.decimal);
	}

	/**
	 * Reads the columns a command needs and says on stderr what dialect was detected when
	 * it is not the standard one.
	 * @param data the file
	 * @param names the columns
	 * @param command the command's name, for the note
	 * @param err where notes go
	 * @return the table, never null
	 * @throws InvalidInputException when the file cannot be read or is not rectangular
	 */
	public DataTable read(Path data, Collection<String> names, String command, PrintWriter err) {
		DataTable table = DataTable.readCsv(data, names, settings());
		table.detectedDialect()
			.ifPresent((dialect) -> err.println(command + ": read " + data.getFileName() + " as " + dialect
					+ " (detected; --sep and --decimal choose otherwise)"));
		err.flush();
		return table;
	}

	/** Accepts a separator as typed, {@code tab} and {@code \t} included. */
	static class SeparatorConverter implements picocli.CommandLine.ITypeConverter<Character> {

		@Override
		public Character convert(String value) {
			if (value.equals("tab") || value.equals("\\t")) {
				return '\t';
			}
			if (value.length() != 1) {
				throw new picocli.CommandLine.TypeConversionException(
						"a separator is one character, or tab; got '" + value + "'");
			}
			return value.charAt(0);
		}

	}

}
