package org.alliance.journey;

import org.junit.jupiter.api.Tag;
import org.alliance.ServerWithMail;
import org.alliance.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link ServerWithMail} with its data on PostgreSQL: the same server, mail server, clock
 * and schedule, the database the test run's PostgreSQL schema
 * ({@link TestDatabases#postgres}), whose {@code spring.datasource.*} take the place of
 * the embedded file database's. Test classes that extend it share one application
 * context.
 */
@Tag("postgres")
abstract class PostgresServerWithMail extends ServerWithMail {

	@DynamicPropertySource
	static void onPostgres(DynamicPropertyRegistry registry) {
		TestDatabases.postgres(registry);
	}

}
