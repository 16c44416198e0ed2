package org.alliance.command;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./alliance bench-ingest}: loads a running server with PHQ-9 submissions at
 * several concurrencies and prints requests per second and latency percentiles. Every
 * request must be answered 201 (stored durably) for the run to count. A session takes one
 * PHQ-9 (a second is refused), so each submission goes to a session of its own: before
 * each run, unmeasured, the sessions are recorded through the API, on benchmark clients
 * of {@value #SESSIONS_PER_CLIENT} sessions each.
 */
@Command(name = "bench-ingest", mixinStandardHelpOptions = true,
		description = { "Load a running server with response submissions and print requests/s and p50/p95/p99 latency.",
				"Records one session per submission through the API first (unmeasured, on benchmark clients of "
						+ "1000 sessions each), then posts one PHQ-9 to each." })
class IngestBenchmarkCommand implements Callable<Integer> {

	/** The most sessions an episode numbers (Caseload.MAX_SESSION_NUMBER). */
	static final int SESSIONS_PER_CLIENT = 1000;

	@Mixin
	RunningServer server;

	@Option(names = "--therapist", defaultValue = "t01@demo.alliance.test",
			description = "Therapist of the benchmark clients (default: ${DEFAULT-VALUE}).")
	String therapist;

	@Option(names = "--requests", defaultValue = "20000",
			description = "Submissions per run (default: ${DEFAULT-VALUE}).")
	int requests;

	@Option(names = "--concurrency", split = ",", defaultValue = "1,4,16",
			description = "Concurrent clients per run (default: ${DEFAULT-VALUE}).")
	int[] concurrency;

	@Option(names = "--warmup", defaultValue = "3000",
			description = "Unmeasured submissions first (default: ${DEFAULT-VALUE}).")
	int warmup;

	@Override
	public Integer call() throws Exception {
		if (this.warmup > 0) {
			run(sessions(this.warmup), 16);
			System.out.println("warm-up: " + this.warmup + " submissions at concurrency 16 (not measured)");
		}
		System.out.println(LatencyRun.heading());
		for (int level : this.concurrency) {
			System.out.println(run(sessions(this.requests), level).line(level));
		}
		return 0;
	}

	/**
	 * As many new sessions as submissions, on new benchmark clients, recorded at
	 * concurrency 16 before the run is timed.
	 */
	private String[] sessions(int count) throws Exception {
		String[] clients = new String[(count + SESSIONS_PER_CLIENT - 1) / SESSIONS_PER_CLIENT];
		for (int c = 0; c < clients.length; c++) {
			clients[c] = this.server.post("/api/v1/clients",
					"{\"pseudonym\":\"bench-" + UUID.randomUUID() + "\",\"therapist\":\"" + this.therapist + "\"}",
					null);
		}
		String[] sessions = new String[count];
		LatencyRun.measure(count, 16,
				(i, worker) -> sessions[i] = this.server.post(
						"/api/v1/clients/" + clients[i / SESSIONS_PER_CLIENT] + "/sessions",
						"{\"number\":" + (i % SESSIONS_PER_CLIENT + 1) + ",\"date\":\"" + LocalDate.now()
								+ "\",\"attendance\":\"attended\"}",
						null));
		return sessions;
	}

	private LatencyRun run(String[] sessions, int threads) throws Exception {
		SplittableRandom[] randoms = new SplittableRandom[threads];
		for (int t = 0; t < threads; t++) {
			randoms[t] = new SplittableRandom(t);
		}
		return LatencyRun.measure(sessions.length, threads,
				(i, worker) -> this.server.post("/api/v1/sessions/" + sessions[i] + "/responses", phq9(randoms[worker]),
						UUID.randomUUID().toString()));
	}

	private static String phq9(SplittableRandom random) {
		StringBuilder body = new StringBuilder("{\"instrument\":\"phq9\",\"respondent\":\"client\",\"answers\":{");
		for (int item = 1; item <= 9; item++) {
			body.append(item > 1 ? "," : "").append('"').append(item).append("\":").append(random.nextInt(4));
		}
		return body.append("}}").toString();
	}

}
