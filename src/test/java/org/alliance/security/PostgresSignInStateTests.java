package org.alliance.security;

import org.alliance.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-in state on PostgreSQL, as in production.
 */
class PostgresSignInStateTests extends SignInStateTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.postgres(registry);
	}

}
