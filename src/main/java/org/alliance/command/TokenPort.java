package org.alliance.command;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.alliance.security.ApiTokens;
import picocli.CommandLine;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.Environment;

/**
 * Lets {@code ./alliance token ...} manage API tokens while a server holds the embedded
 * database, which one process at a time can open: a port on 127.0.0.1 only, chosen by the
 * system, that runs the {@code token} command inside the server for a caller who presents
 * the secret from {@link TokenPortFile}.
 * <p>
 * Why not a database port: an H2 server port ({@code AUTO_SERVER}) opens the whole
 * database, audit trail included, to whoever can connect; this port does one thing and
 * asks for a secret that only the owner of the data folder can read.
 */
final class TokenPort implements AutoCloseable {

	static final String PATH = "/token";

	private static final int MAX_REQUEST = 8 * 1024;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final Path dataDir;

	private final byte[] secret;

	private final ApiTokens tokens;

	private final UserCommand.Accounts accounts;

	private TokenPort(HttpServer server, Path dataDir, String secret, ConfigurableApplicationContext context) {
		this.server = server;
		this.dataDir = dataDir;
		this.secret = secret.getBytes(StandardCharsets.UTF_8);
		this.tokens = context.getBean(ApiTokens.class);
		this.accounts = UserCommand.Accounts.of(context);
	}

	/**
	 * Opens the port if the server runs on the embedded database, and writes its file
	 * into the data folder, until the application shuts down. Does nothing on any other
	 * database, which the command can open itself.
	 */
	static void openWhileRunning(ConfigurableApplicationContext context) {
		try {
			open(context)
				.ifPresent((port) -> context.addApplicationListener((ContextClosedEvent event) -> port.close()));
		}
		catch (IOException | RuntimeException ex) {
			// Serving matters more than managing tokens from the command line.
			System.err.println("No local token port (" + ex.getMessage()
					+ "): ./alliance token ... cannot reach this server's database while it runs.");
		}
	}

	private static Optional<TokenPort> open(ConfigurableApplicationContext context) throws IOException {
		Environment environment = context.getEnvironment();
		String url = environment.getProperty("spring.datasource.url", "");
		String dataDir = environment.getProperty("alliance.data-dir");
		if (!url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:file:") || dataDir == null) {
			return Optional.empty();
		}
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		TokenPort port = new TokenPort(server, Path.of(dataDir), ApiTokens.randomToken(), context);
		server.createContext(PATH, port::handle);
		server.start();
		new TokenPortFile(server.getAddress().getPort(), new String(port.secret, StandardCharsets.UTF_8))
			.write(port.dataDir);
		return Optional.of(port);
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (!"POST".equals(exchange.getRequestMethod()) || !PATH.equals(exchange.getRequestURI().getPath())) {
				reply(exchange, 404, Map.of());
				return;
			}
			if (!authorised(exchange.getRequestHeaders().getFirst("Authorization"))) {
				reply(exchange, 401, Map.of());
				return;
			}
			List<String> args = JSON.readValue(limited(exchange.getRequestBody()), new TypeReference<List<String>>() {
			});
			reply(exchange, 200, run(args));
		}
	}

	private boolean authorised(String header) {
		if (header == null || !header.startsWith("Bearer ")) {
			return false;
		}
		byte[] presented = header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
		return MessageDigest.isEqual(presented, this.secret);
	}

	/**
	 * Runs {@code token ARGS} in this process, on the server's own tokens, or
	 * {@code user ARGS} when the first argument is {@code user}.
	 */
	private Map<String, Object> run(List<String> args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		boolean user = !args.isEmpty() && "user".equals(args.get(0));
		if (user) {
			args = args.subList(1, args.size());
		}
		CommandLine cli = new CommandLine(user ? new UserCommand(this.accounts) : new TokenCommand(this.tokens));
		cli.setOut(new PrintWriter(out, true));
		cli.setErr(new PrintWriter(err, true));
		int exit = cli.execute(args.toArray(String[]::new));
		return Map.of("exit", exit, "out", out.toString(), "err", err.toString());
	}

	private static byte[] limited(InputStream body) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		byte[] buffer = new byte[1024];
		for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
			bytes.write(buffer, 0, read);
			if (bytes.size() > MAX_REQUEST) {
				throw new IOException("A token request is at most " + MAX_REQUEST + " bytes");
			}
		}
		return bytes.toByteArray();
	}

	private static void reply(HttpExchange exchange, int status, Map<String, Object> body) throws IOException {
		byte[] json = JSON.writeValueAsBytes(body);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, json.length);
		exchange.getResponseBody().write(json);
	}

	/** Stops listening and removes the file, so no command tries a port that is gone. */
	@Override
	public void close() {
		this.server.stop(0);
		try {
			Files.deleteIfExists(TokenPortFile.path(this.dataDir));
		}
		catch (IOException ex) {
			// A stale file is harmless: the command falls back when nobody answers.
		}
	}

}
