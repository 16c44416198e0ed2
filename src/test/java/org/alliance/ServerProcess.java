package org.alliance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The real {@code alliance} command in a process of its own, on the test class path, so a
 * test can kill it the hard way.
 */
public final class ServerProcess implements AutoCloseable {

	private final Process process;

	private final List<String> output = new CopyOnWriteArrayList<>();

	private ServerProcess(Process process) {
		this.process = process;
		Thread reader = new Thread(this::read, "server-output");
		reader.setDaemon(true);
		reader.start();
	}

	public static ServerProcess start(String... args) throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-cp",
						System.getProperty("java.class.path"), "org.alliance.command.AllianceCommand"));
		command.addAll(List.of(args));
		return new ServerProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
	}

	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** Waits for a line of output that matches, and returns it. */
	public String awaitLine(Predicate<String> matches, long seconds) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		while (System.nanoTime() < deadline) {
			for (String line : this.output) {
				if (matches.test(line)) {
					return line;
				}
			}
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The server stopped:\n" + String.join("\n", this.output));
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("No such line within " + seconds + " s:\n" + String.join("\n", this.output));
	}

	/** The operating system's id of the server process. */
	public long pid() {
		return this.process.pid();
	}

	/** SIGTERM: the server shuts down in order, as on Ctrl-C. */
	public void stop() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
			kill();
		}
	}

	/** SIGKILL: no shutdown hook, no flush, nothing. */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(30, TimeUnit.SECONDS);
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			kill();
		}
	}

	private void read() {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				this.output.add(line);
			}
		}
		catch (IOException ex) {
			// The process died; what it printed so far is kept.
		}
	}

}
