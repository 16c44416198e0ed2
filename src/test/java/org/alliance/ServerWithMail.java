package org.alliance;

import org.alliance.security.ApiTokens;
import org.alliance.security.UserAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real server on a random port over the embedded H2 file database, with email on:
 * {@code spring.mail.*} points at the test run's {@link MailServer}, the outbox is read
 * every 100 ms, the clock is one the tests move, and the schedule of emailed measures
 * runs only when a test calls it. Test classes that extend it share one application
 * context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "alliance.mail.poll-interval=100ms", "alliance.mail.attempts=3",
				// The tests run the schedule's sweep themselves, after moving the clock.
				"alliance.outreach.sweep-interval=1h", "alliance.security.sign-in.attempts-per-address=1000" })
@Import(AdjustableClock.InContext.class)
public abstract class ServerWithMail {

	@LocalServerPort
	protected int port;

	@Autowired
	protected UserAccounts accounts;

	@Autowired
	protected ApiTokens tokens;

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	protected AdjustableClock clock;

	@DynamicPropertySource
	static void databaseAndMail(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
		MailServer.register(registry);
	}

	protected TestClinic newClinic() {
		return TestClinic.create(this.accounts, this.tokens);
	}

	/** The server's own address, as links in emails name it. */
	protected String base() {
		return "http://127.0.0.1:" + this.port;
	}

}
