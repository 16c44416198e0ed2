package org.alliance.command;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.Command;
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

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

	@Option(names = "--url", defaultValue = "http://127.0.0.1:8080",
			description = "Server (default: ${DEFAULT-VALUE}).")
	String url;

	@Option(names = "--token", required = true, description = "API token of a therapist, supervisor or admin.")
	String token;

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

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@Override
	public Integer call() throws Exception {
		String client = post("/api/v1/clients",
				"{\"pseudonym\":\"bench-" + UUID.randomUUID() + "\",\"therapist\":\"" + this.therapist + "\"}", null);
		int sessionNumber = 1;
		if (this.warmup > 0) {
			run(session(client, sessionNumber++), this.warmup, 16);
			System.out.println("warm-up: " + this.warmup + " submissions at concurrency 16 (not measured)");
		}
		System.out.printf("%-11s %9s %10s %8s %8s %8s%n", "concurrency", "requests", "req/s", "p50 ms", "p95 ms",
				"p99 ms");
		for (int level : this.concurrency) {
			Run run = run(session(client, sessionNumber++), this.requests, level);
			System.out.printf("%-11d %9d %10.0f %8.2f %8.2f %8.2f%n", level, this.requests, run.perSecond(),
					run.percentile(50), run.percentile(95), run.percentile(99));
		}
		return 0;
	}

	private String session(String client, int number) throws Exception {
		return post("/api/v1/clients/" + client + "/sessions",
				"{\"number\":" + number + ",\"date\":\"" + LocalDate.now() + "\",\"attendance\":\"attended\"}", null);
	}

	private Run run(String session, int count, int threads) throws Exception {
		long[] latencies = new long[count];
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long start = System.nanoTime();
		try {
			List<Future<Object>> workers = new java.util.ArrayList<>();
			for (int t = 0; t < threads; t++) {
				SplittableRandom random = new SplittableRandom(t);
				workers.add(pool.submit(() -> {
					for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
						long began = System.nanoTime();
						post("/api/v1/sessions/" + session + "/responses", phq9(random), UUID.randomUUID().toString());
						latencies[i] = System.nanoTime() - began;
					}
					return null;
				}));
			}
			for (Future<Object> worker : workers) {
				worker.get();
			}
		}
		finally {
			pool.shutdown();
		}
		return new Run(latencies, System.nanoTime() - start);
	}

	private static String phq9(SplittableRandom random) {
		StringBuilder body = new StringBuilder("{\"instrument\":\"phq9\",\"respondent\":\"client\",\"answers\":{");
		for (int item = 1; item <= 9; item++) {
			body.append(item > 1 ? "," : "").append('"').append(item).append("\":").append(random.nextInt(4));
		}
		return body.append("}}").toString();
	}

	private String post(String path, String json, String idempotencyKey) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.url + path))
			.header("Authorization", "Bearer " + this.token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 201) {
			throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
		}
		Matcher id = ID.matcher(response.body());
		return id.find() ? id.group(1) : "";
	}

	record Run(long[] latencies, long wallNanos) {

		double perSecond() {
			return this.latencies.length / (this.wallNanos / 1e9);
		}

		double percentile(int p) {
			long[] sorted = this.latencies.clone();
			Arrays.sort(sorted);
			int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
			return sorted[Math.max(0, index)] / 1e6;
		}

	}

}
