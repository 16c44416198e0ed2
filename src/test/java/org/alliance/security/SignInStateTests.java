package org.alliance.security;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The failure and rate-limit counts live in the database, so two instances of the
 * application (here two sets of the components over one database) share them, and
 * concurrent attempts each count.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class SignInStateTests {

	private static final SignInSettings DEFAULTS = new SignInSettings(5, Duration.ofMinutes(1), Duration.ofHours(1), 20,
			Duration.ofDays(180));

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

	@Test
	void failuresCountedOnTwoInstancesAtOnceAllCountAndDelayOnBoth() throws Exception {
		SignInFailures one = new SignInFailures(this.jdbc, this.transactions, DEFAULTS);
		SignInFailures two = new SignInFailures(this.jdbc, this.transactions, DEFAULTS);
		String email = "shared-" + UUID.randomUUID() + "@clinic.test";
		List<Integer> counts = concurrently(40,
				(i) -> ((i % 2 == 0) ? one : two).failed(email, this.now).consecutive());
		assertThat(counts).containsExactlyInAnyOrderElementsOf(range(1, 40));
		assertThat(
				this.jdbc.queryForObject("select failures from sign_in_failure where email = ?", Integer.class, email))
			.isEqualTo(40);
		// 40 failures: 1 minute doubled 35 times, capped at the hour.
		assertThat(one.delayedUntil(email, this.now)).contains(this.now.plus(Duration.ofHours(1)));
		assertThat(two.delayedUntil(email, this.now.plus(Duration.ofMinutes(59)))).isPresent();
		assertThat(two.delayedUntil(email, this.now.plus(Duration.ofMinutes(61)))).isEmpty();

		two.succeeded(email, this.now.plus(Duration.ofMinutes(61)));
		assertThat(one.failed(email, this.now.plus(Duration.ofMinutes(62))).consecutive()).isEqualTo(1);
	}

	@Test
	void aFailureADayAfterTheLastCountsAsTheFirst() {
		SignInFailures failures = new SignInFailures(this.jdbc, this.transactions, DEFAULTS);
		String email = "forgetful-" + UUID.randomUUID() + "@clinic.test";
		failures.failed(email, this.now);
		failures.failed(email, this.now.plusSeconds(1));
		assertThat(failures.failed(email, this.now.plus(Duration.ofDays(1)).plusSeconds(2)).consecutive()).isEqualTo(1);
	}

	@Test
	void attemptsFromOneAddressOnTwoInstancesShareOneWindow() throws Exception {
		SignInRateLimit one = new SignInRateLimit(this.jdbc, this.transactions, DEFAULTS);
		SignInRateLimit two = new SignInRateLimit(this.jdbc, this.transactions, DEFAULTS);
		String address = "203.0.113." + (int) (Math.random() * 250);
		this.jdbc.update("delete from sign_in_rate where remote_address = ?", address);
		List<Integer> counts = concurrently(30, (i) -> ((i % 2 == 0) ? one : two).count(address, this.now));
		assertThat(counts).containsExactlyInAnyOrderElementsOf(range(1, 30));
		assertThat(counts.stream().filter(one::allows)).hasSize(20);
		assertThat(two.count(address, this.now.plusSeconds(59))).isEqualTo(31);
		assertThat(two.count(address, this.now.plusSeconds(60))).isEqualTo(1);
	}

	private static List<Integer> range(int from, int to) {
		List<Integer> values = new ArrayList<>();
		for (int i = from; i <= to; i++) {
			values.add(i);
		}
		return values;
	}

	private static List<Integer> concurrently(int tasks, Attempt attempt) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Integer>> futures = new ArrayList<>();
			for (int i = 0; i < tasks; i++) {
				int task = i;
				futures.add(pool.submit((Callable<Integer>) () -> attempt.run(task)));
			}
			List<Integer> results = new ArrayList<>();
			for (Future<Integer> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	interface Attempt {

		int run(int task) throws Exception;

	}

}
