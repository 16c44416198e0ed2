package org.alliance.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * An embedded H2 file database named by a JDBC URL such as
 * {@code jdbc:h2:file:/srv/alliance-data/alliance;WRITE_DELAY=0}: the folder that holds
 * it and the files in it.
 *
 * @param folder the folder of the database files
 * @param name the database's name, the common stem of its files ({@code alliance})
 */
record EmbeddedDatabase(Path folder, String name) {

	private static final String PREFIX = "jdbc:h2:file:";

	/** The embedded database the URL names, if it names an H2 file database. */
	static Optional<EmbeddedDatabase> of(String jdbcUrl) {
		if (jdbcUrl == null || !jdbcUrl.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
			return Optional.empty();
		}
		String location = jdbcUrl.substring(PREFIX.length());
		int options = location.indexOf(';');
		if (options >= 0) {
			location = location.substring(0, options);
		}
		if (location.startsWith("~")) {
			// H2 reads a leading ~ as the user's home folder.
			location = System.getProperty("user.home") + location.substring(1);
		}
		Path path = Path.of(location).toAbsolutePath().normalize();
		return Optional.of(new EmbeddedDatabase(path.getParent(), path.getFileName().toString()));
	}

	/** The data file; it exists once the database has been created. */
	Path dataFile() {
		return this.folder.resolve(this.name + ".mv.db");
	}

	boolean exists() {
		return Files.exists(dataFile());
	}

	/** Where the generated password of the database's account is kept. */
	Path passwordFile() {
		return this.folder.resolve(this.name + ".password");
	}

}
