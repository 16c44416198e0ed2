package org.alliance.command;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./alliance bench-outcome}: asks a running server for one client's outcome
 * ({@code GET /api/v1/clients/{id}/outcome}) over and over, in turn for each of the first
 * {@code --clients} clients the token may see, and prints requests per second and latency
 * percentiles. Every answer must be 200 for the run to count. The target, p95 under 50 ms
 * with 100 clients loaded, and the times measured: docs/manual.md, "Performance".
 */
@Command(name = "bench-outcome", mixinStandardHelpOptions = true,
		description = { "Ask a running server for clients' outcomes (GET /api/v1/clients/{id}/outcome) and print",
				"requests/s and p50/p95/p99 latency. Reads the clients the token may see; nothing is written." })
class OutcomeBenchmarkCommand implements Callable<Integer> {

	@Mixin
	RunningServer server;

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

	@Override
	public Integer call() throws Exception {
		List<String> ids = RunningServer.ids(this.server.get("/api/v1/clients"));
		if (ids.size() < this.clients) {
			System.err.println("the server has " + ids.size() + " clients this token may see, fewer than --clients "
					+ this.clients);
			return 1;
		}
		List<String> asked = ids.subList(0, this.clients);
		LatencyRun.Request outcome = (i, worker) -> this.server
			.get("/api/v1/clients/" + asked.get(i % asked.size()) + "/outcome");
		if (this.warmup > 0) {
			LatencyRun.measure(this.warmup, 4, outcome);
			System.out.println("warm-up: " + this.warmup + " requests at concurrency 4 (not measured)");
		}
		System.out.println(asked.size() + " clients asked about in turn");
		System.out.println(LatencyRun.heading());
		for (int level : this.concurrency) {
			System.out.println(LatencyRun.measure(this.requests, level, outcome).line(level));
		}
		return 0;
	}

}
