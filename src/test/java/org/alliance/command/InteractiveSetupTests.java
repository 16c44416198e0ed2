package org.alliance.command;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./alliance setup} asked on a terminal, as an operator runs it by hand: the
 * command runs in a pseudo-terminal of its own (util-linux's {@code script}, which every
 * Debian system has), so that Java sees a console, and the answers are typed into it. The
 * password is read without echo, twice.
 */
class InteractiveSetupTests {

	private static final String PASSWORD = "heron quartz ribbon";

	private final Path data = Path.of("target", "test-data", "interactive-" + UUID.randomUUID()).toAbsolutePath();

	@Test
	void asksForWhatTheOptionsLeaveOutAndCreatesNothingUntilBothPasswordsAgree() throws Exception {
		String differ = typed("Lakeside Clinic", "Europe/Madrid", "ana@lake.test", "Dr Ana Lago", PASSWORD,
				"heron quartz ribbon!");
		assertThat(differ).contains("differ", "nothing was created");

		// Setup runs only on a database without a clinic: that it runs again shows the
		// first attempt left nothing behind.
		String created = typed("Lakeside Clinic", "Europe/Madrid", "ana@lake.test", "Dr Ana Lago", PASSWORD, PASSWORD);
		assertThat(created).contains("Clinic name:", "Time zone", "First admin's email:", "Password:",
				"Password again:", "Created the clinic");
		SetupCommandTests.Run people = SetupCommandTests.alliance("user", "list", "ana@lake.test", "--data",
				this.data.toString());
		assertThat(people.out()).containsPattern("Dr Ana Lago\\s+ana@lake.test\\s+admin\\s+active");
	}

	/**
	 * Runs {@code setup --data DIR} on a terminal, types the lines, and returns the
	 * screen.
	 */
	private String typed(String... lines) throws IOException, InterruptedException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		String command = String.join(" ",
				List.of(quoted(java), "-Xmx256m", "-cp", quoted(System.getProperty("java.class.path")),
						AllianceCommand.class.getName(), "setup", "--data", quoted(this.data.toString())));
		Process process = new ProcessBuilder("script", "-qec", command, "/dev/null").redirectErrorStream(true).start();
		try (OutputStream keys = process.getOutputStream()) {
			keys.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
		}
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("setup finished").isTrue();
		return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
	}

	private static String quoted(String text) {
		return "'" + text.replace("'", "'\\''") + "'";
	}

}
