package org.alliance.command;

import java.io.PrintWriter;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.alliance.security.AccountRefused;
import org.alliance.security.Clinics;
import org.alliance.security.SecretKeyFile;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code ./alliance setup}: the first run of an installation. Creates the clinic and its
 * first admin on an empty database; refuses a database that already holds a clinic.
 */
@Command(name = "setup", mixinStandardHelpOptions = true,
		description = {
				"Create the clinic and its first admin on an empty database (embedded H2 under --data, or --db-url).",
				"Asks on the console for what the options leave out; refuses a database that already holds a clinic." })
class SetupCommand implements Callable<Integer> {

	@Mixin
	DatabaseOptions database;

	@Mixin
	ClinicOptions clinic;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		PrintWriter err = this.spec.commandLine().getErr();
		try (ConfigurableApplicationContext context = ApplicationRunner.start(this.database.properties(), false)) {
			Clinics clinics = context.getBean(Clinics.class);
			if (clinics.any()) {
				err.println("This database already holds a clinic: setup runs once. To add another clinic, run"
						+ " ./alliance clinic create (--help for its options).");
				return 1;
			}
			return create(context, this.clinic, out, err);
		}
	}

	/**
	 * Creates the clinic, printing what to do next and where the key file is, or the one
	 * line that says why not.
	 */
	static int create(ConfigurableApplicationContext context, ClinicOptions options, PrintWriter out, PrintWriter err) {
		try {
			UUID id = context.getBean(Clinics.class).create(options.read(out));
			out.println("Created the clinic " + id + " and its first admin. Start the server with ./alliance serve,"
					+ " sign in, and invite your colleagues at /admin/users (or ./alliance user invite).");
			out.println("Authenticator secrets are encrypted with the key in "
					+ SecretKeyFile.of(context.getEnvironment()).path() + ": back it up apart from the database (a"
					+ " database backup cannot open them without it), and start every command with the same --data"
					+ " (or " + SecretKeyFile.PROPERTY + ").");
			return 0;
		}
		catch (AccountRefused ex) {
			err.println("--" + ex.field() + ": " + ex.getMessage() + " Nothing was created.");
			return 1;
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			return 1;
		}
	}

}
