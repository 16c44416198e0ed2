package org.alliance.command;

import org.alliance.insight.AlphaCommand;
import org.alliance.insight.LmmBenchmarkCommand;
import org.alliance.insight.LmmCommand;
import org.alliance.simulate.SimulateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root of {@code ./alliance}.
 */
@Command(name = "alliance", mixinStandardHelpOptions = true, version = "Alliance 0.1.0",
		description = "Measure the therapeutic alliance and act on it.",
		subcommands = { SetupCommand.class, ServeCommand.class, DemoCommand.class, ClinicCommand.class,
				UserCommand.class, SimulateCommand.class, TokenCommand.class, LmmCommand.class, AlphaCommand.class,
				LmmBenchmarkCommand.class, IngestBenchmarkCommand.class, DropoutBenchmarkCommand.class,
				OutcomeBenchmarkCommand.class, org.alliance.alliance.RupturesCommand.class,
				org.alliance.outcome.EtrCommand.class, org.alliance.outcome.EtrBenchmarkCommand.class,
				org.alliance.outcome.OutcomesCommand.class, org.alliance.outcome.DropoutRiskCommand.class })
public class AllianceCommand implements Runnable {

	@Override
	public void run() {
		new CommandLine(this).usage(System.out);
	}

	public static void main(String[] args) {
		System.exit(execute(args));
	}

	/**
	 * Runs the command line and returns its exit code. A start Alliance refused has been
	 * reported in one line already ({@link StartRefusalReport}): it exits with 1 and no
	 * stack trace.
	 */
	public static int execute(String... args) {
		return new CommandLine(new AllianceCommand()).setExecutionExceptionHandler((ex, commandLine, parsed) -> {
			if (StartRefusalReport.refusal(ex).isPresent()) {
				return 1;
			}
			throw ex;
		}).execute(args);
	}

}
