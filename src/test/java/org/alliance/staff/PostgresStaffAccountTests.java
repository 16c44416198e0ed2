package org.alliance.staff;

import org.junit.jupiter.api.Tag;
import org.alliance.AdjustableClock;
import org.alliance.TestDatabases;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Staff accounts on PostgreSQL, with the same migrations as on H2.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "alliance.security.sign-in.attempts-per-address=1000")
@Import(AdjustableClock.InContext.class)
@Tag("postgres")
class PostgresStaffAccountTests extends StaffAccountTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.postgres(registry);
	}

}
