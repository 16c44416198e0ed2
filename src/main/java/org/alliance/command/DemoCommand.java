package org.alliance.command;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.alliance.security.ApiTokens;
import org.alliance.security.Clinics;
import org.alliance.security.UserAccount;
import org.alliance.security.UserAccounts;
import org.alliance.simulate.ClinicSimulator;
import org.alliance.simulate.SimulationSettings;
import org.alliance.staff.DemoBanner;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./alliance demo}: seeds a simulated clinic into an empty database, then serves
 * it.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, description = {
		"Seed a simulated clinic into the database under --data if it is empty, then serve it.",
		"Prints the URL and each demo user with role, email and a fresh API token; every demo password is 'demo'." })
class DemoCommand implements Callable<Integer> {

	/** The time zone of a new clinic (the clinic table's default). */
	private static final ZoneId DEMO_ZONE = ZoneId.of("Europe/London");

	@Mixin
	ServerOptions server;

	@Mixin
	DatabaseOptions database;

	@Option(names = "--seed", defaultValue = "42",
			description = "Seed of the simulated clinic (default: ${DEFAULT-VALUE}).")
	long seed;

	@Option(names = "--therapists", description = "Therapists of the simulated clinic (default: the demo's, "
			+ SimulationSettings.DEMO_THERAPISTS + ").")
	Integer therapists;

	@Option(names = "--clients", description = "Clients each therapist has taken on (default: the demo's, "
			+ SimulationSettings.DEMO_CLIENTS_PER_THERAPIST + ").")
	Integer clients;

	@Override
	public Integer call() throws Exception {
		Map<String, Object> properties = new HashMap<>(this.database.properties());
		properties.putAll(this.server.properties());
		ConfigurableApplicationContext context = ApplicationRunner.start(properties, true);
		if (context.getBean(Clinics.class).anyRealClinic()) {
			context.close();
			System.err.println("This database holds a clinic that the demo did not seed: the demo never mixes"
					+ " simulated clients with real ones. Use another --data folder or database for the demo.");
			return 1;
		}
		TokenPort.openWhileRunning(context);
		seedAndPrintUsers(context);
		ApplicationRunner.awaitShutdown(context);
		return 0;
	}

	private void seedAndPrintUsers(ConfigurableApplicationContext context) throws Exception {
		UserAccounts accounts = context.getBean(UserAccounts.class);
		if (!accounts.anyClinic()) {
			SimulationSettings defaults = SimulationSettings.demo();
			// The clinic's data end on the day it is seeded, so that on any day the demo
			// shows a clinic as of today: recent sessions, signals still to work and
			// sessions booked ahead. The day is the demo clinic's, in the time zone a new
			// clinic has until its admin sets another.
			LocalDate today = LocalDate.ofInstant(context.getBean(Clock.class).instant(), DEMO_ZONE);
			SimulationSettings settings = SimulationSettings.endingOn(this.seed,
					(this.therapists != null) ? this.therapists : defaults.therapists(),
					(this.clients != null) ? this.clients : defaults.clientsPerTherapist(), defaults.maxSessions(),
					today);
			System.out.println(
					"Seeding a simulated clinic as of " + today + " (seed " + this.seed + ", " + settings.therapists()
							+ " therapists with " + settings.clientsPerTherapist() + " clients each) ...");
			DemoBanner banner = context.getBean(DemoBanner.class);
			banner.seedingStarted();
			try {
				DemoClinicSeeder.in(context, this.seed).seed(ClinicSimulator.simulate(settings));
			}
			finally {
				banner.seedingFinished();
			}
		}
		printUsers(accounts, context.getBean(ApiTokens.class));
	}

	private void printUsers(UserAccounts accounts, ApiTokens tokens) {
		System.out.println();
		System.out.println("Alliance demo is serving " + this.server.url());
		System.out.println("Every demo password is '" + DemoClinicSeeder.PASSWORD + "'.");
		UserAccount any = accounts.findByEmail("admin@demo.alliance.test").orElse(null);
		if (any == null) {
			System.out.println("(This database holds no demo clinic; its users are not listed.)");
			return;
		}
		List<UserAccount> users = accounts.inClinic(any.clinicId());
		System.out.println("Each token below expires in " + tokens.defaultValidity().toDays()
				+ " days (alliance.security.token-validity); ./alliance token revoke ends one sooner.");
		for (UserAccount user : users) {
			System.out.printf("%-11s %-34s %s%n", user.role().wireName(), user.email(), tokens.issue(user.email()));
		}
	}

}
