package org.alliance.command;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Option;

/**
 * Where the data lives: the embedded H2 file database under {@code --data}, or a
 * PostgreSQL server named by {@code --db-url}.
 */
class DatabaseOptions {

	@Option(names = "--data", paramLabel = "DIR", defaultValue = "alliance-data",
			description = "Folder of the embedded H2 database (default: ${DEFAULT-VALUE}).")
	Path dataDir;

	@Option(names = "--db-url", paramLabel = "JDBC_URL",
			description = "Use this database instead of the embedded one, e.g. jdbc:postgresql://localhost:5432/alliance.")
	String dbUrl;

	@Option(names = "--db-user", paramLabel = "USER", description = "Database user (with --db-url).")
	String dbUser;

	@Option(names = "--db-password", paramLabel = "PASSWORD", description = "Database password (with --db-url).")
	String dbPassword;

	/**
	 * Spring properties for these options; only those given, so spring.datasource.* still
	 * wins otherwise.
	 */
	Map<String, Object> properties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("alliance.data-dir", this.dataDir.toAbsolutePath().toString());
		if (this.dbUrl != null) {
			properties.put("spring.datasource.url", this.dbUrl);
			properties.put("spring.datasource.username", (this.dbUser != null) ? this.dbUser : "");
			properties.put("spring.datasource.password", (this.dbPassword != null) ? this.dbPassword : "");
		}
		return properties;
	}

}
