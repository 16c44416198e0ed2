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
 * request must be answered 201 (stored durably) for the run to count.
 */
@Command(name = "bench-ingest", mixinStandardHelpOptions = true,
		description = { "Load a running server with response submissions and print requests/s and p50/p95/p99 latency.",
				"Creates a benchmark client and one session per run through the API, then posts PHQ-9 responses." })
class IngestBenchmarkCommand implements Callable<Integer> {

	@Mixin
	RunningServer server;

	@Option(names = "--therapist", defaultValue = "t01@demo.alliance.test",
			description = "Therapist of the benchmark client (default: ${DEFAULT-VALUE}).")
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
		String client = this.server.post("/api/v1/clients",
				"{\"pseudonym\":\"bench-" + UUID.randomUUID() + "\",\"therapist\":\"" + this.therapist + "\"}", null);
		int sessionNumber = 1;
		if (this.warmup > 0) {
			run(session(client, sessionNumber++), this.warmup, 16);
			System.out.println("warm-up: " + this.warmup + " submissions at concurrency 16 (not measured)");
		}
		System.out.println(LatencyRun.heading());
		for (int level : this.concurrency) {
			System.out.println(run(session(client, sessionNumber++), this.requests, level).line(level));
		}
		return 0;
	}

	private String session(String client, int number) throws Exception {
		return this.server.post("/api/v1/clients/" + client + "/sessions",
				"{\"number\":" + number + ",\"date\":\"" + LocalDate.now() + "\",\"attendance\":\"attended\"}", null);
	}

	private LatencyRun run(String session, int count, int threads) throws Exception {
		SplittableRandom[] randoms = new SplittableRandom[threads];
		for (int t = 0; t < threads; t++) {
			randoms[t] = new SplittableRandom(t);
		}
		return LatencyRun.measure(count, threads, (i, worker) -> this.server
			.post("/api/v1/sessions/" + session + "/responses", phq9(randoms[worker]), UUID.randomUUID().toString()));
	}

	private static String phq9(SplittableRandom random) {
		StringBuilder body = new StringBuilder("{\"instrument\":\"phq9\",\"respondent\":\"client\",\"answers\":{");
		for (int item = 1; item <= 9; item++) {
			body.append(item > 1 ? "," : "").append('"').append(item).append("\":").append(random.nextInt(4));
		}
		return body.append("}}").toString();
	}

}
