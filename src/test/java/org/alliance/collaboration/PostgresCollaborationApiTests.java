package org.alliance.collaboration;

import org.junit.jupiter.api.Tag;
import org.alliance.TestDatabases;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Goals, tasks and the agenda over the API on PostgreSQL, with the same migrations as on
 * H2.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("postgres")
class PostgresCollaborationApiTests extends CollaborationApiContract {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.postgres(registry);
	}

}
