package org.alliance.command;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One measured run of a load benchmark: each request's latency and the run's wall time.
 *
 * @param latencies nanoseconds per request, in the order they were handed out
 * @param wallNanos the whole run
 */
record LatencyRun(long[] latencies, long wallNanos) {

	/** One request of a run; {@code worker} numbers the concurrent senders from 0. */
	interface Request {

		void send(int index, int worker) throws Exception;

	}

	/**
	 * Sends {@code count} requests from {@code threads} concurrent senders and times
	 * each.
	 * @throws Exception the first request that failed
	 */
	static LatencyRun measure(int count, int threads, Request request) throws Exception {
		long[] latencies = new long[count];
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long start = System.nanoTime();
		try {
			List<Future<Object>> workers = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				int worker = t;
				workers.add(pool.submit(() -> {
					for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
						long began = System.nanoTime();
						request.send(i, worker);
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
		return new LatencyRun(latencies, System.nanoTime() - start);
	}

	double perSecond() {
		return this.latencies.length / (this.wallNanos / 1e9);
	}

	/** The latency at the percentile, in milliseconds (nearest rank). */
	double percentile(int p) {
		long[] sorted = this.latencies.clone();
		Arrays.sort(sorted);
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1e6;
	}

	/** The table's heading, then one line per run with {@link #line}. */
	static String heading() {
		return String.format("%-11s %9s %10s %8s %8s %8s", "concurrency", "requests", "req/s", "p50 ms", "p95 ms",
				"p99 ms");
	}

	String line(int concurrency) {
		return String.format(java.util.Locale.ROOT, "%-11d %9d %10.0f %8.2f %8.2f %8.2f", concurrency,
				this.latencies.length, perSecond(), percentile(50), percentile(95), percentile(99));
	}

}
