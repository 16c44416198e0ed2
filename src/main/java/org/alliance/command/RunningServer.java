package org.alliance.command;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.Option;

/**
 * The running server a load benchmark talks to ({@code --url}, {@code --token}), over
 * HTTP/1.1 as a browser or a phone would.
 */
class RunningServer {

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

	@Option(names = "--url", defaultValue = "http://127.0.0.1:8080",
			description = "Server (default: ${DEFAULT-VALUE}).")
	String url;

	@Option(names = "--token", required = true, description = "API token of a therapist, supervisor or admin.")
	String token;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	/**
	 * Posts JSON and returns the id in the answer ("" when it has none).
	 * @throws IllegalStateException when the answer is not 201
	 */
	String post(String path, String json, String idempotencyKey) throws Exception {
		HttpRequest.Builder request = authorised(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return firstId(send(request.build(), 201));
	}

	/**
	 * The body of a GET.
	 * @throws IllegalStateException when the answer is not 200
	 */
	String get(String path) throws Exception {
		return send(authorised(path).GET().build(), 200);
	}

	/** Every id named in a JSON answer, in order. */
	static java.util.List<String> ids(String json) {
		java.util.List<String> ids = new java.util.ArrayList<>();
		Matcher id = ID.matcher(json);
		while (id.find()) {
			ids.add(id.group(1));
		}
		return ids;
	}

	private static String firstId(String json) {
		Matcher id = ID.matcher(json);
		return id.find() ? id.group(1) : "";
	}

	private HttpRequest.Builder authorised(String path) {
		return HttpRequest.newBuilder(URI.create(this.url + path)).header("Authorization", "Bearer " + this.token);
	}

	private String send(HttpRequest request, int expected) throws Exception {
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != expected) {
			throw new IllegalStateException(
					request.uri().getPath() + " answered " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

}
