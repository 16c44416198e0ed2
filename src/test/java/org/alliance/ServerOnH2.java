package org.alliance;

import org.alliance.security.ApiTokens;
import org.alliance.security.UserAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real server on a random port over the embedded H2 file database. Test classes that
 * extend it share one application context, so each adds no start-up of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ServerOnH2 {

	@LocalServerPort
	protected int port;

	@Autowired
	protected UserAccounts accounts;

	@Autowired
	protected ApiTokens tokens;

	@Autowired
	protected JdbcTemplate jdbc;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

	protected TestClinic newClinic() {
		return TestClinic.create(this.accounts, this.tokens);
	}

}
