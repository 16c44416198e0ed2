package org.alliance.command;

import java.util.concurrent.Callable;

import org.alliance.security.ApiTokens;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./alliance token create --user EMAIL}: prints a new API token for an account.
 */
@Command(name = "token", mixinStandardHelpOptions = true, description = "Manage API tokens.",
		subcommands = TokenCommand.Create.class)
class TokenCommand implements Callable<Integer> {

	@Override
	public Integer call() {
		System.err.println("Say what to do: ./alliance token create --user EMAIL");
		return 2;
	}

	@Command(name = "create", mixinStandardHelpOptions = true,
			description = "Print a new API token for the account with this email. Only its hash is stored.")
	static class Create implements Callable<Integer> {

		@Option(names = "--user", required = true, paramLabel = "EMAIL", description = "The account's email.")
		String email;

		@Mixin
		DatabaseOptions database;

		@Override
		public Integer call() {
			try (ConfigurableApplicationContext context = ApplicationRunner.start(this.database.properties(), false)) {
				System.out.println(context.getBean(ApiTokens.class).issue(this.email));
				return 0;
			}
			catch (IllegalArgumentException ex) {
				System.err.println(ex.getMessage());
				return 1;
			}
		}

	}

}
