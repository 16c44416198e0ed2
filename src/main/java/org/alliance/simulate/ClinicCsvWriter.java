package org.alliance.simulate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a simulated clinic as UTF-8 CSV files (header row, RFC 4180 quoting, {@code \n}
 * line ends) plus a README.txt that explains them. The same clinic always gives the same
 * bytes.
 */
public final class ClinicCsvWriter {

	private ClinicCsvWriter() {
	}

	/**
	 * Writes every file into the folder, creating it when missing and replacing earlier
	 * files.
	 * @param clinic the clinic to write, never null
	 * @param directory the output folder, never null
	 * @throws IOException when a file cannot be written
	 */
	public static void write(SimulatedClinic clinic, Path directory) throws IOException {
		writeFiles(clinic, directory);
	}

	/**
	 * Writes every file, as {@link #write}, and says what was written.
	 * @param clinic the clinic to write, never null
	 * @param directory the output folder, never null
	 * @return the files in the order written, never null
	 * @throws IOException when a file cannot be written
	 */
	public static List<WrittenFile> writeFiles(SimulatedClinic clinic, Path directory) throws IOException {
		Files.createDirectories(directory);
		List<WrittenFile> written = new ArrayList<>();
		for (CsvTable table : ClinicTables.of(clinic)) {
			Files.writeString(directory.resolve(table.name()), table.text(), StandardCharsets.UTF_8);
			written.add(new WrittenFile(table.name(), table.rows()));
		}
		String readme = ClinicReadme.text(clinic);
		Files.writeString(directory.resolve("README.txt"), readme, StandardCharsets.UTF_8);
		written.add(new WrittenFile("README.txt", (int) readme.lines().count()));
		return written;
	}

}
