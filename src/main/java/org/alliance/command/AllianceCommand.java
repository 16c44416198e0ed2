package org.alliance.command;

import org.alliance.insight.AlphaCommand;
import org.alliance.insight.LmmBenchmarkCommand;
import org.alliance.insight.LmmCommand;
import org.alliance.security.StartRefused;
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

	/** Runs the command line and returns its exit code. */
	public static int execute(String... args) {
		return new CommandLine(new AllianceCommand()).setExecutionExceptionHandler(AllianceCommand::failed)
			.execute(args);
	}

	/**
	 * A command that failed: the cases an operator meets in normal use (the embedded
	 * database is held by a running server; a start Alliance refused, see
	 * {@link StartRefused}) in one line; anything else as picocli reports it, with its
	 * stack trace.
	 */
	private static int failed(Exception ex, CommandLine command, CommandLine.ParseResult parsed) throws Exception {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof java.sql.SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
				command.getErr()
					.println("The embedded database is open in a running Alliance server (only one process can open"
							+ " it): stop the server first, or run the commands that work through it (token, user).");
				return 1;
			}
			if (cause instanceof StartRefused refused) {
				command.getErr().println(refused.getMessage());
				return 1;
			}
		}
		throw ex;
	}

	/** H2's ErrorCode.DATABASE_ALREADY_OPEN_1 ("Database may be already in use"). */
	private static final int H2_DATABASE_ALREADY_OPEN = 90020;

}
