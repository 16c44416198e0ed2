package org.alliance.command;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.alliance.security.AccountActor;
import org.alliance.security.ApiTokenRecord;
import org.alliance.security.ApiTokens;
import org.alliance.security.IssuedApiToken;

import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ./alliance token create|list|revoke}: API tokens of an account.
 * <p>
 * While a server runs on the embedded database, which one process at a time can open, the
 * command runs inside that server through its {@link TokenPort}; otherwise it opens the
 * database itself. Either way each token made or revoked is audited as done by
 * {@link AccountActor#COMMAND_LINE}.
 */
@Command(name = "token", mixinStandardHelpOptions = true, description = "Manage API tokens.",
		subcommands = { TokenCommand.Create.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class })
class TokenCommand implements Callable<Integer> {

	/** H2's "database may be already in use". */
	private static final int DATABASE_IN_USE = 90020;

	/** The server's tokens when the command runs inside it; null on the command line. */
	private final ApiTokens inServer;

	TokenCommand() {
		this(null);
	}

	TokenCommand(ApiTokens inServer) {
		this.inServer = inServer;
	}

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		this.spec.commandLine()
			.getErr()
			.println("Say what to do: ./alliance token create|list|revoke (--help on each)");
		return 2;
	}

	/** What the three subcommands share: where they run, and how they report errors. */
	abstract static class Action implements Callable<Integer> {

		@ParentCommand
		TokenCommand parent;

		@Spec
		CommandSpec spec;

		@Mixin
		DatabaseOptions database;

		/** The arguments that repeat this action inside the server. */
		abstract List<String> args();

		abstract int run(ApiTokens tokens, PrintWriter out);

		@Override
		public Integer call() {
			PrintWriter out = this.spec.commandLine().getOut();
			PrintWriter err = this.spec.commandLine().getErr();
			if (this.parent.inServer != null) {
				return runReportingErrors(this.parent.inServer, out, err);
			}
			if (this.database.dbUrl == null) {
				Optional<Integer> inRunningServer = TokenPortCall.run(this.database.dataDir.toAbsolutePath(), args(),
						out, err);
				if (inRunningServer.isPresent()) {
					return inRunningServer.get();
				}
			}
			try (ConfigurableApplicationContext context = ApplicationRunner.start(this.database.properties(), false)) {
				return runReportingErrors(context.getBean(ApiTokens.class), out, err);
			}
			catch (RuntimeException ex) {
				if (!databaseInUse(ex)) {
					throw ex;
				}
				err.println("The database under " + this.database.dataDir.toAbsolutePath()
						+ " is in use by another process that did not answer as an Alliance server;"
						+ " stop it, or run this command again once it has started.");
				return 1;
			}
		}

		private int runReportingErrors(ApiTokens tokens, PrintWriter out, PrintWriter err) {
			try {
				return run(tokens, out);
			}
			catch (IllegalArgumentException ex) {
				err.println(ex.getMessage());
				return 1;
			}
		}

		private static boolean databaseInUse(Throwable ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof SQLException sql && sql.getErrorCode() == DATABASE_IN_USE) {
					return true;
				}
			}
			return false;
		}

	}

	@Command(name = "create", mixinStandardHelpOptions = true,
			description = { "Print a new API token for the account with this email. Only its hash is stored.",
					"Its id and expiry go to stderr; every token expires (alliance.security.token-validity,"
							+ " 90 days by default)." })
	static class Create extends Action {

		@Option(names = "--user", required = true, paramLabel = "EMAIL", description = "The account's email.")
		String email;

		@Option(names = "--valid-for", paramLabel = "DURATION", converter = ValidityConverter.class,
				description = "How long the token can be used, e.g. 30d or 12h (default: the server's"
						+ " alliance.security.token-validity, 90d unless configured).")
		Duration validFor;

		@Override
		List<String> args() {
			List<String> args = new ArrayList<>(List.of("create", "--user", this.email));
			if (this.validFor != null) {
				args.addAll(List.of("--valid-for", this.validFor.toString()));
			}
			return args;
		}

		@Override
		int run(ApiTokens tokens, PrintWriter out) {
			IssuedApiToken issued = tokens.issue(this.email,
					(this.validFor != null) ? this.validFor : tokens.defaultValidity(), AccountActor.COMMAND_LINE);
			out.println(issued.token());
			out.flush();
			this.spec.commandLine()
				.getErr()
				.println("Token " + issued.id() + " for " + this.email + " expires " + issued.expiresAt() + ".");
			return 0;
		}

	}

	@Command(name = "list", mixinStandardHelpOptions = true,
			description = "List the account's API tokens: id, created, expires, revoked and status. Never a secret.")
	static class ListTokens extends Action {

		@Option(names = "--user", required = true, paramLabel = "EMAIL", description = "The account's email.")
		String email;

		@Override
		List<String> args() {
			return List.of("list", "--user", this.email);
		}

		@Override
		int run(ApiTokens tokens, PrintWriter out) {
			List<ApiTokenRecord> records = tokens.list(this.email);
			Instant now = Instant.now();
			out.printf("%-12s  %-20s  %-20s  %-20s  %s%n", "id", "created", "expires", "revoked", "status");
			for (ApiTokenRecord token : records) {
				out.printf("%-12s  %-20s  %-20s  %-20s  %s%n", token.id(), seconds(token.createdAt()),
						seconds(token.expiresAt()), (token.revokedAt() != null) ? seconds(token.revokedAt()) : "-",
						token.status(now));
			}
			return 0;
		}

		private static String seconds(Instant instant) {
			return instant.truncatedTo(ChronoUnit.SECONDS).toString();
		}

	}

	@Command(name = "revoke", mixinStandardHelpOptions = true,
			description = { "Revoke one API token by the id 'token list' shows, or every token of an account.",
					"The next request with a revoked token is refused (401)." })
	static class Revoke extends Action {

		@ArgGroup(exclusive = true, multiplicity = "1")
		Which which;

		static class Which {

			@Parameters(paramLabel = "ID", description = "The token's id, as 'token list' shows it.")
			String id;

			@ArgGroup(exclusive = false)
			AllOfUser allOfUser;

		}

		static class AllOfUser {

			@Option(names = "--all", required = true, description = "Revoke every token of the account.")
			boolean all;

			@Option(names = "--user", required = true, paramLabel = "EMAIL", description = "The account's email.")
			String email;

		}

		@Override
		List<String> args() {
			return (this.which.id != null) ? List.of("revoke", this.which.id)
					: List.of("revoke", "--all", "--user", this.which.allOfUser.email);
		}

		@Override
		int run(ApiTokens tokens, PrintWriter out) {
			if (this.which.id != null) {
				ApiTokenRecord token = tokens.revoke(this.which.id, AccountActor.COMMAND_LINE);
				out.println("Revoked token " + token.id() + " of " + token.email() + ".");
			}
			else {
				int revoked = tokens.revokeAll(this.which.allOfUser.email, AccountActor.COMMAND_LINE);
				out.println("Revoked " + revoked + " token(s) of " + this.which.allOfUser.email + ".");
			}
			return 0;
		}

	}

	/** {@code 30d}, {@code 12h}, {@code PT12H}: as Spring reads durations in settings. */
	static class ValidityConverter implements ITypeConverter<Duration> {

		@Override
		public Duration convert(String value) {
			Duration validity;
			try {
				validity = DurationStyle.detectAndParse(value);
			}
			catch (IllegalArgumentException ex) {
				throw new CommandLine.TypeConversionException("'" + value + "' is not a duration such as 30d or 12h");
			}
			if (validity.isNegative() || validity.isZero() || validity.compareTo(ApiTokens.MAX_VALIDITY) > 0) {
				throw new CommandLine.TypeConversionException(
						"'" + value + "' must be positive and at most " + ApiTokens.MAX_VALIDITY.toDays() + " days");
			}
			return validity;
		}

	}

}
