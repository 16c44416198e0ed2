package org.alliance.command;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.alliance.security.AccountActor;
import org.alliance.security.AccountRefused;
import org.alliance.security.ClinicSummary;
import org.alliance.security.Clinics;
import org.alliance.security.IssuedInvitation;
import org.alliance.security.PublicUrl;
import org.alliance.security.StaffAccounts;
import org.alliance.security.StaffMember;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ./alliance user invite|list|disable|enable|role|duty|reset}: a clinic's staff
 * accounts from the host's command line, by the same rules and audit as the admin pages.
 * Email is not sent yet: {@code invite} and {@code reset} print the one-time link to hand
 * over. While a server holds the embedded database, the command runs inside it through
 * its local port ({@link TokenPort}).
 */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage the staff accounts of a clinic.",
		subcommands = { UserCommand.Invite.class, UserCommand.ListUsers.class, UserCommand.Disable.class,
				UserCommand.Enable.class, UserCommand.ChangeRole.class, UserCommand.Duty.class,
				UserCommand.Reset.class })
class UserCommand implements Callable<Integer> {

	/**
	 * The server's accounts when the command runs inside it; null on the command line.
	 */
	private final Accounts inServer;

	@Spec
	CommandSpec spec;

	UserCommand() {
		this(null);
	}

	UserCommand(Accounts inServer) {
		this.inServer = inServer;
	}

	@Override
	public Integer call() {
		this.spec.commandLine()
			.getErr()
			.println("Say what to do: ./alliance user invite|list|disable|enable|role|duty|reset (--help on each)");
		return 2;
	}

	/** What the subcommands work with, from the server or from a context of their own. */
	record Accounts(StaffAccounts staff, Clinics clinics, PublicUrl url) {

		static Accounts of(ConfigurableApplicationContext context) {
			return new Accounts(context.getBean(StaffAccounts.class), context.getBean(Clinics.class),
					context.getBean(PublicUrl.class));
		}

		StaffMember member(String email) {
			return this.staff.byEmail(email)
				.orElseThrow(() -> new IllegalArgumentException("No account with the email " + email));
		}

		AccountActor actorFor(StaffMember member) {
			return AccountActor.commandLine(this.staff.clinicOf(member.id()));
		}

	}

	/** Where each subcommand runs, and how it reports a refusal: one line, exit 1. */
	abstract static class Action implements Callable<Integer> {

		@ParentCommand
		UserCommand parent;

		@Spec
		CommandSpec spec;

		@Mixin
		DatabaseOptions database;

		/** The arguments that repeat this action inside the server. */
		abstract List<String> args();

		abstract void run(Accounts accounts, PrintWriter out, PrintWriter err);

		@Override
		public Integer call() {
			PrintWriter out = this.spec.commandLine().getOut();
			PrintWriter err = this.spec.commandLine().getErr();
			if (this.parent.inServer != null) {
				return reporting(this.parent.inServer, out, err);
			}
			if (this.database.dbUrl == null) {
				List<String> args = new ArrayList<>(List.of("user"));
				args.addAll(args());
				Optional<Integer> inRunningServer = TokenPortCall.run(this.database.dataDir.toAbsolutePath(), args, out,
						err);
				if (inRunningServer.isPresent()) {
					return inRunningServer.get();
				}
			}
			try (ConfigurableApplicationContext context = ApplicationRunner.start(this.database.properties(), false)) {
				return reporting(Accounts.of(context), out, err);
			}
		}

		private int reporting(Accounts accounts, PrintWriter out, PrintWriter err) {
			try {
				run(accounts, out, err);
				out.flush();
				return 0;
			}
			catch (AccountRefused ex) {
				err.println(ex.field() + ": " + ex.getMessage());
				return 1;
			}
			catch (IllegalArgumentException ex) {
				err.println(ex.getMessage());
				return 1;
			}
		}

		static void printLink(Accounts accounts, IssuedInvitation invitation, PrintWriter out, PrintWriter err) {
			out.println(accounts.url().of(invitation.path()));
			out.flush();
			err.println("One-time invitation for " + invitation.email() + ", valid until " + invitation.expiresAt()
					+ ". Hand it over yourself: it is shown only now.");
		}

	}

	@Command(name = "invite", mixinStandardHelpOptions = true,
			description = "Create an account and print its one-time invitation link (valid 72 hours).")
	static class Invite extends Action {

		@Option(names = "--email", required = true, paramLabel = "EMAIL", description = "The person's email.")
		String email;

		@Option(names = "--name", required = true, paramLabel = "NAME", description = "The person's name.")
		String name;

		@Option(names = "--role", required = true, paramLabel = "ROLE", description = "therapist, supervisor or admin.")
		String role;

		@Option(names = "--administers",
				description = "A therapist or supervisor who also manages the clinic's people and settings.")
		boolean administers;

		@Option(names = "--clinic-id", paramLabel = "ID",
				description = "The clinic (see ./alliance clinic list); needed when the installation holds several.")
		UUID clinicId;

		@Override
		List<String> args() {
			List<String> args = new ArrayList<>(
					List.of("invite", "--email", this.email, "--name", this.name, "--role", this.role));
			if (this.administers) {
				args.add("--administers");
			}
			if (this.clinicId != null) {
				args.addAll(List.of("--clinic-id", this.clinicId.toString()));
			}
			return args;
		}

		@Override
		void run(Accounts accounts, PrintWriter out, PrintWriter err) {
			IssuedInvitation invitation = accounts.staff()
				.invite(AccountActor.commandLine(clinic(accounts.clinics())), this.email, this.name, this.role,
						this.administers);
			printLink(accounts, invitation, out, err);
		}

		private UUID clinic(Clinics clinics) {
			List<ClinicSummary> all = clinics.list();
			if (this.clinicId != null) {
				return all.stream()
					.map(ClinicSummary::id)
					.filter(this.clinicId::equals)
					.findFirst()
					.orElseThrow(() -> new IllegalArgumentException("No clinic with the id " + this.clinicId));
			}
			if (all.size() != 1) {
				throw new IllegalArgumentException(
						all.isEmpty() ? "No clinic yet: run ./alliance setup first." : "This installation holds "
								+ all.size() + " clinics: name one with --clinic-id (see ./alliance clinic list).");
			}
			return all.get(0).id();
		}

	}

	@Command(name = "list", mixinStandardHelpOptions = true,
			description = "List the people of the clinic of the account with this email: name, email, role, status.")
	static class ListUsers extends Action {

		@Parameters(paramLabel = "EMAIL", description = "Any account of the clinic.")
		String email;

		@Override
		List<String> args() {
			return List.of("list", this.email);
		}

		@Override
		void run(Accounts accounts, PrintWriter out, PrintWriter err) {
			StaffMember any = accounts.member(this.email);
			for (StaffMember m : accounts.staff().inClinic(accounts.staff().clinicOf(any.id()))) {
				out.printf("%-30s  %-34s  %-10s  %s%n", m.displayName(), m.email(),
						m.role().wireName() + (m.administers() ? "+admin" : "") + (m.dutyClinician() ? "+duty" : ""),
						m.status().wireName());
			}
		}

	}

	@Command(name = "disable", mixinStandardHelpOptions = true, description = "Disable an account: its sign-in and"
			+ " web sessions are refused from the next request on; its API tokens are revoked for good.")
	static class Disable extends Action {

		@Parameters(paramLabel = "EMAIL", description = "The account's email.")
		String email;

		@Override
		List<String> args() {
			return List.of("disable", this.email);
		}

		@Override
		void run(Accounts accounts, PrintWriter out, PrintWriter err) {
			StaffMember member = accounts.member(this.email);
			accounts.staff().disable(accounts.actorFor(member), member.id());
			out.println("Disabled " + member.email() + ".");
		}

	}

	@Command(name = "enable", mixinStandardHelpOptions = true, description = "Enable a disabled account again.")
	static class Enable extends Action {

		@Parameters(paramLabel = "EMAIL", description = "The account's email.")
		String email;

		@Override
		List<String> args() {
			return List.of("enable", this.email);
		}

		@Override
		void run(Accounts accounts, PrintWriter out, PrintWriter err) {
			StaffMember member = accounts.member(this.email);
			StaffMember enabled = accounts.staff().enable(accounts.actorFor(member), member.id());
			out.println(member.email() + " is " + enabled.status().wireName() + ".");
		}

	}

	@Command(name = "role", mixinStandardHelpOptions = true, description = "Give an account another role.")
	static class ChangeRole extends Action {

		@Parameters(index = "0", paramLabel = "EMAIL", description = "The account's email.")
		String email;

		@Option(names = "--role", required = true, paramLabel = "ROLE", description = "therapist, supervisor or admin.")
		String role;

		@Option(names = "--administers", description = "A therapist or supervisor who also manages the clinic.")
		boolean administers;

		@Override
		List<String> args() {
			List<String> args = new ArrayList<>(List.of("role", this.email, "--role", this.role));
			if (this.administers) {
				args.add("--administers");
			}
			return args;
		}

		@Override
		void run(Accounts accounts, PrintWriter out, PrintWriter err) {
			StaffMember member = accounts.member(this.email);
			StaffMember changed = accounts.staff()
				.changeRole(accounts.actorFor(member), member.id(), this.role, this.administers);
			out.println(member.email() + " is now " + changed.role().wireName()
					+ (changed.administers() ? " and administers the clinic" : "") + ".");
		}

	}

	@Command(name = "duty", mixinStandardHelpOptions = true,
			description = "Name a therapist or supervisor a duty clinician (--on), who works any risk signal of the"
					+ " clinic, or no longer one (--off).")
	static class Duty extends Action {

		@Parameters(index = "0", paramLabel = "EMAIL", description = "The account's email.")
		String email;

		@ArgGroup(exclusive = true, multiplicity = "1")
		OnOrOff choice;

		static class OnOrOff {

			@Option(names = "--on", required = true, description = "Make the person a duty clinician.")
			boolean on;

			@Option(names = "--off", required = true, description = "The person is no longer a duty clinician.")
			boolean off;

		}

		@Override
		List<String> args() {
			return List.of("duty", this.email, this.choice.on ? "--on" : "--off");
		}

		@Override
		void run(Accounts accounts, PrintWriter out, PrintWriter err) {
			StaffMember member = accounts.member(this.email);
			StaffMember changed = accounts.staff()
				.setDutyClinician(accounts.actorFor(member), member.id(), this.choice.on);
			out.println(member.email()
					+ (changed.dutyClinician() ? " is now a duty clinician." : " is not a duty clinician."));
		}

	}

	@Command(name = "reset", mixinStandardHelpOptions = true, description = "Reset an account: its password stops"
			+ " working, its API tokens are revoked, and a new one-time invitation link is printed, by which its"
			+ " owner chooses a new password.")
	static class Reset extends Action {

		@Parameters(paramLabel = "EMAIL", description = "The account's email.")
		String email;

		@Override
		List<String> args() {
			return List.of("reset", this.email);
		}

		@Override
		void run(Accounts accounts, PrintWriter out, PrintWriter err) {
			StaffMember member = accounts.member(this.email);
			printLink(accounts, accounts.staff().reset(accounts.actorFor(member), member.id()), out, err);
		}

	}

}
