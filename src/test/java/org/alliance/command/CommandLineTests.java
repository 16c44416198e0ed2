package org.alliance.command;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code ./alliance} command line: every command explains itself, and the token
 * command works on a real embedded database.
 */
class CommandLineTests {

	@ParameterizedTest
	@ValueSource(strings = { "setup", "serve", "demo", "clinic", "user", "simulate", "token", "lmm", "alpha",
			"lmm-bench", "bench-ingest", "bench-outcome", "ruptures", "etr", "etr-bench", "outcomes" })
	void everyCommandExplainsItselfWithHelp(String command) {
		CommandLine cli = new CommandLine(new AllianceCommand());
		String help = cli.getSubcommands().get(command).getUsageMessage();
		assertThat(help).contains("Usage: alliance " + command);
	}

	@Test
	void serveAndDemoBindLoopbackByDefault() {
		String help = new CommandLine(new AllianceCommand()).getSubcommands().get("serve").getUsageMessage();
		assertThat(help).contains("--port", "--bind", "--data", "--db-url").contains("127.0.0.1");
	}

	@Test
	void tokenCreateRefusesAnUnknownAccountAndNamesIt() {
		Path data = Path.of("target", "test-data", "token-" + UUID.randomUUID()).toAbsolutePath();
		PrintStream original = System.err;
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
		try {
			int code = AllianceCommand.execute("token", "create", "--user", "nobody@clinic.test", "--data",
					data.toString());
			assertThat(code).isEqualTo(1);
		}
		finally {
			System.setErr(original);
		}
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("nobody@clinic.test");
	}

}
