package org.alliance.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a {@code token} command inside the server that holds the embedded database,
 * through its {@link TokenPort}.
 */
final class TokenPortCall {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private TokenPortCall() {
	}

	/**
	 * Runs {@code token ARGS} in the server on this data folder and prints what it
	 * printed.
	 * @return its exit code, or empty if no server answers there (none runs, or the file
	 * is left over from one that was killed), so the caller can open the database itself
	 */
	static Optional<Integer> run(Path dataDir, List<String> args, PrintWriter out, PrintWriter err) {
		Optional<TokenPortFile> file = TokenPortFile.read(dataDir);
		if (file.isEmpty()) {
			return Optional.empty();
		}
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + file.get().port() + TokenPort.PATH))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", "Bearer " + file.get().secret())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(args)))
			.build();
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				return Optional.empty();
			}
			JsonNode answer = JSON.readTree(response.body());
			out.print(answer.get("out").asString());
			err.print(answer.get("err").asString());
			out.flush();
			err.flush();
			return Optional.of(answer.get("exit").asInt());
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

}
