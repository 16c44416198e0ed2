package org.alliance.outcome;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The test files of the expected-treatment-response model, under {@code outcome/}. */
final class EtrFiles {

	private EtrFiles() {
	}

	static Path resource(String name) {
		try {
			return Path.of(EtrFiles.class.getResource("/outcome/" + name).toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
