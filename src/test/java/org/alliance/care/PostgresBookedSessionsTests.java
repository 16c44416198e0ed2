package org.alliance.care;

import org.junit.jupiter.api.Tag;
import org.alliance.AdjustableClock;
import org.alliance.TestDatabases;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Booked sessions on PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ AdjustableClock.InContext.class, CareEventsHeard.InContext.class })
@Tag("postgres")
class PostgresBookedSessionsTests extends BookedSessionsContract {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.postgres(registry);
	}

}
