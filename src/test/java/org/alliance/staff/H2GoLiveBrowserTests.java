package org.alliance.staff;

import org.junit.jupiter.api.Tag;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * The go-live journey on the embedded H2 database, from an empty data folder.
 */
@Tag("browser")
class H2GoLiveBrowserTests extends GoLiveJourney {

	private final Path data = Path.of("target", "test-data", "go-live-" + UUID.randomUUID()).toAbsolutePath();

	@Override
	List<String> database() {
		return List.of("--data", this.data.toString());
	}

}
