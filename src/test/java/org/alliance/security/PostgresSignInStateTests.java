package org.alliance.security;

import org.junit.jupiter.api.Tag;
import org.alliance.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-in state on PostgreSQL, as in production.
 */
@Tag("postgres")
class PostgresSignInStateTests extends SignInStateTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.postgres(registry);
	}

}
