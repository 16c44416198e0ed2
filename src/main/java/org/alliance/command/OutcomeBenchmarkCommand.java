package org.alliance.command;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
 * {@code ./alliance bench-outcome}: asks a running server for one client's outcome
 * ({@code GET /api/v1/clients/{id}/outcome}) over and over, in turn for each of the first
 * {@code --clients} clients the token may see, and prints requests per second and latency
 * percentiles. Every answer must be 200 for the run to count. Issue #9's target: p95
 * under 50 ms with 100 clients loaded.
 */
@Command(name = "bench-outcome", mixinStandardHelpOptions = true,
		description = { "Ask a running server for clients' outcomes (GET /api/v1/clients/{id}/outcome) and print",
				"requests/s and p50/p95/p99 latency. Reads the clients the token may see; nothing is written." })
class OutcomeBenchmarkCommand implements Callable<Integer> {

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

	@Option(names = "--url", defaultValue = "http://127.0.0.1:8080",
			description = "Server (default: ${DEFAULT-VALUE}).")
	String url;

	@Option(names = "--token", required = true, description = "API token of a supervisor or admin (sees every client).")
	String token;

	@Option(names = "--clients", defaultValue = "100",
			description = "How many of the clinic's clients to ask about, in turn (default: ${DEFAULT-VALUE}).")
	int clients;

	@Option(names = "--requests", defaultValue = "5000",
			description = "Measured requests per concurrency (default: ${DEFAULT-VALUE}).")
	int requests;

	@Option(names = "--concurrency", split = ",", defaultValue = "1,4",
			description = "Concurrent requests per run (default: ${DEFAULT-VALUE}).")
	int[] concurrency;

	@Option(names = "--warmup", defaultValue = "1000",
			description = "Unmeasured requests first (default: ${DEFAULT-VALUE}).")
	int warmup;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@Override
	public Integer call() throws Exception {
		List<String> ids = clientIds();
		if (ids.size() < this.clients) {
			System.err.println("the server has " + ids.size() + " clients this token may see, fewer than --clients "
					+ this.clients);
			return 1;
		}
		List<String> asked = ids.subList(0, this.clients);
		if (this.warmup > 0) {
			run(asked, this.warmup, 4);
			System.out.println("warm-up: " + this.warmup + " requests at concurrency 4 (not measured)");
		}
		System.out.printf("%d clients asked about in turn%n", asked.size());
		System.out.printf("%-11s %9s %10s %8s %8s %8s%n", "concurrency", "requests", "req/s", "p50 ms", "p95 ms",
				"p99 ms");
		for (int level : this.concurrency) {
			IngestBenchmarkCommand.Run run = run(asked, this.requests, level);
			System.out.printf("%-11d %9d %10.0f %8.2f %8.2f %8.2f%n", level, this.requests, run.perSecond(),
					run.percentile(50), run.percentile(95), run.percentile(99));
		}
		return 0;
	}

	private List<String> clientIds() throws Exception {
		List<String> ids = new ArrayList<>();
		Matcher id = ID.matcher(get("/api/v1/clients"));
		while (id.find()) {
			ids.add(id.group(1));
		}
		return ids;
	}

	private IngestBenchmarkCommand.Run run(List<String> ids, int count, int threads) throws Exception {
		long[] latencies = new long[count];
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long start = System.nanoTime();
		try {
			List<Future<Object>> workers = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				workers.add(pool.submit(() -> {
					for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
						long began = System.nanoTime();
						get("/api/v1/clients/" + ids.get(i % ids.size()) + "/outcome");
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
		return new IngestBenchmarkCommand.Run(latencies, System.nanoTime() - start);
	}

	private String get(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.url + path))
			.header("Authorization", "Bearer " + this.token)
			.GET()
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

}
