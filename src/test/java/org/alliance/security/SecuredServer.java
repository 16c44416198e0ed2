package org.alliance.security;

import java.time.Duration;
import java.util.List;

import org.alliance.AdjustableClock;
import org.alliance.TestDatabases;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real server on a real port and the embedded H2 file database, with a clock the
 * tests move, a public URL that is not the test's own address, and room for forty sign-in
 * attempts per address and minute. Every test starts two days later than the last, so
 * each begins in a fresh rate-limit window with every earlier lock over and every earlier
 * failure forgotten (and every earlier web session timed out). The test classes share
 * this one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "alliance.security.sign-in.attempts-per-address=" + SecuredServer.ATTEMPTS_PER_ADDRESS,
				"alliance.base-url=" + SecuredServer.BASE_URL,
				// The tests reach the server over plain HTTP on 127.0.0.1; the https base
				// URL is only what links are built from. SessionCookieTests checks the
				// cookie that such a base URL makes otherwise.
				"alliance.security.sessions.secure-cookie=false",
				// The tests move the clock and run the overdue check of risk signals
				// themselves (RiskCoverTests): the scheduled one would race them.
				"alliance.signal.risk-overdue-check=PT12H" })
@Import(AdjustableClock.InContext.class)
abstract class SecuredServer {

	static final int ATTEMPTS_PER_ADDRESS = 40;

	static final String BASE_URL = "https://alliance.clinic.test";

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AdjustableClock clock;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

	@BeforeEach
	void twoDaysLater() {
		this.clock.advance(Duration.ofDays(2));
	}

	/** The audit trail of one actor, oldest first, as "ACTION resource_type detail". */
	List<String> trailOf(String actor) {
		return this.jdbc.queryForList("""
				select action || ' ' || resource_type || coalesce(' ' || detail, '') from audit_event
				where actor = ? order by id""", String.class, actor);
	}

}
