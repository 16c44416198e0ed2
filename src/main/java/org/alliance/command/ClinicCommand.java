package org.alliance.command;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.alliance.security.ClinicSummary;
import org.alliance.security.Clinics;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code ./alliance clinic create|list}: the clinics of one installation, managed by
 * whoever runs the host. Each clinic's data stays its own (every table carries the
 * clinic).
 */
@Command(name = "clinic", mixinStandardHelpOptions = true, description = "Manage the clinics of this installation.",
		subcommands = { ClinicCommand.Create.class, ClinicCommand.ListClinics.class })
class ClinicCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		this.spec.commandLine().getErr().println("Say what to do: ./alliance clinic create|list (--help on each)");
		return 2;
	}

	@Command(name = "create", mixinStandardHelpOptions = true,
			description = "Create another clinic, with its first admin, on this installation.")
	static class Create implements Callable<Integer> {

		@Mixin
		DatabaseOptions database;

		@Mixin
		ClinicOptions clinic;

		@Spec
		CommandSpec spec;

		@Override
		public Integer call() {
			try (ConfigurableApplicationContext context = ApplicationRunner.start(this.database.properties(), false)) {
				return SetupCommand.create(context, this.clinic, this.spec.commandLine().getOut(),
						this.spec.commandLine().getErr());
			}
		}

	}

	@Command(name = "list", mixinStandardHelpOptions = true,
			description = "List the clinics: id, name, time zone, languages, people, and whether it is the demo.")
	static class ListClinics implements Callable<Integer> {

		@Mixin
		DatabaseOptions database;

		@Spec
		CommandSpec spec;

		@Override
		public Integer call() {
			PrintWriter out = this.spec.commandLine().getOut();
			try (ConfigurableApplicationContext context = ApplicationRunner.start(this.database.properties(), false)) {
				out.printf("%-36s  %-30s  %-20s  %-9s  %6s  %s%n", "id", "name", "time zone", "languages", "people",
						"demo");
				for (ClinicSummary c : context.getBean(Clinics.class).list()) {
					out.printf("%-36s  %-30s  %-20s  %-9s  %6d  %s%n", c.id(), c.name(), c.timeZone(),
							String.join(",", c.languages()), c.people(), c.demo() ? "demo" : "-");
				}
				return 0;
			}
		}

	}

}
