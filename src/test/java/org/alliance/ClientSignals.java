package org.alliance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.alliance.ApiClient.Reply;
import org.alliance.signal.ScreenSweeps;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A client's signals as the API lists them to a person, and waiting for one that a screen
 * raises on its own thread after the answer that caused it was acknowledged.
 */
public final class ClientSignals {

	/**
	 * How long a screen may take on the two-core CI machine while the rest of the suite
	 * runs: judging a client takes milliseconds, but its thread may be busy with the
	 * answers of the tests before.
	 */
	public static final Duration WITHIN = Duration.ofSeconds(30);

	private ClientSignals() {
	}

	/**
	 * The client's signals of the kind that the token's person sees, newest first.
	 * @param kind the kind, e.g. {@code not-on-track}, or null for every kind
	 */
	public static List<JsonNode> of(ApiClient api, String token, String client, String kind) {
		Reply reply = api.get("/api/v1/signals", token);
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		List<JsonNode> found = new ArrayList<>();
		reply.json().forEach((s) -> {
			if (s.get("client").asString().equals(client) && (kind == null || s.get("kind").asString().equals(kind))) {
				found.add(s);
			}
		});
		return found;
	}

	/**
	 * Returns once every sweep asked for before has run: the sweep thread runs them one
	 * at a time in the order asked, so a sweep asked for now runs after them.
	 */
	public static void afterTheSweepsAskedFor(ScreenSweeps sweeps) throws InterruptedException {
		CountDownLatch done = new CountDownLatch(1);
		sweeps.sweep("the sweeps asked for before", done::countDown);
		assertThat(done.await(WITHIN.toSeconds(), TimeUnit.SECONDS)).as("the sweeps asked for before ran").isTrue();
	}

	/** The client's first signal of the kind, once a screen has raised it. */
	public static JsonNode awaitOne(ApiClient api, String token, String client, String kind) {
		return await("a " + kind + " signal for client " + client).atMost(WITHIN)
			.pollInterval(Duration.ofMillis(100))
			.until(() -> of(api, token, client, kind), (found) -> !found.isEmpty())
			.get(0);
	}

}
