package org.alliance;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real databases the tests run on: a fresh embedded H2 file database per test run,
 * and a fresh schema on the PostgreSQL server (127.0.0.1:5432, database test, user
 * postgres unless ALLIANCE_TEST_PG_URL / ALLIANCE_TEST_PG_USER /
 * ALLIANCE_TEST_PG_PASSWORD say otherwise).
 */
public final class TestDatabases {

	private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	private TestDatabases() {
	}

	public static Path h2Dir() {
		return Path.of("target", "test-data", "h2-" + RUN).toAbsolutePath();
	}

	/**
	 * A data folder of its own for each application context: contexts that shared one
	 * file each ran their own housekeeping on the one store, which a server never does,
	 * and a full run once found the file unreadable.
	 */
	public static void h2(DynamicPropertyRegistry registry) {
		String dir = h2Dir().resolve("context-" + CONTEXTS.incrementAndGet()).toString();
		registry.add("alliance.data-dir", () -> dir);
	}

	private static final AtomicInteger CONTEXTS = new AtomicInteger();

	public static void postgres(DynamicPropertyRegistry registry) {
		String schema = "alliance_test_" + RUN;
		String url = env("ALLIANCE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
		registry.add("spring.datasource.url", () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
		registry.add("spring.datasource.username", () -> env("ALLIANCE_TEST_PG_USER", "postgres"));
		registry.add("spring.datasource.password", () -> env("ALLIANCE_TEST_PG_PASSWORD", ""));
		registry.add("spring.flyway.schemas", () -> schema);
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
