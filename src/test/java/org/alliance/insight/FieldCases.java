package org.alliance.insight;

import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * The field cases of issue #7: small files that reproduce what researchers and clinics
 * meet in practice, with R's answers (R 4.2.2, lme4 1.1-31, lmerTest 3.1-3, psych 2.2.9)
 * listed in {@code src/test/resources/field-cases/README.md}.
 */
final class FieldCases {

	private FieldCases() {
	}

	static Path path(String name) {
		try {
			return Path.of(FieldCases.class.getResource("/field-cases/" + name).toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static DataTable read(String name) {
		return DataTable.readCsv(path(name));
	}

}
