package org.alliance.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

import org.alliance.storage.OwnerOnlyFiles;

/**
 * Where a running server's {@link TokenPort} listens and the secret it asks for:
 * {@code <data-dir>/admin-port}, readable by the owner only, so only the account that
 * could open the database files can manage tokens through the server.
 *
 * @param port the loopback port
 * @param secret 256 random bits, new at every start
 */
record TokenPortFile(int port, String secret) {

	static Path path(Path dataDir) {
		return dataDir.resolve("admin-port");
	}

	/** The file of a server on this data folder, if one was written and is readable. */
	static Optional<TokenPortFile> read(Path dataDir) {
		Path file = path(dataDir);
		if (!Files.isReadable(file)) {
			return Optional.empty();
		}
		try {
			Properties properties = new Properties();
			properties.load(new java.io.StringReader(Files.readString(file, StandardCharsets.UTF_8)));
			return Optional.of(new TokenPortFile(Integer.parseInt(properties.getProperty("port", "0").strip()),
					properties.getProperty("secret", "").strip()));
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	void write(Path dataDir) {
		OwnerOnlyFiles.folder(dataDir);
		OwnerOnlyFiles.write(path(dataDir), "port=" + this.port + "\nsecret=" + this.secret + "\n");
	}

}
