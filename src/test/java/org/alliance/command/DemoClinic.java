package org.alliance.command;

import java.util.List;

import org.alliance.security.Role;
import org.alliance.security.UserAccount;
import org.alliance.security.UserAccounts;
import org.alliance.simulate.ClinicSimulator;
import org.alliance.simulate.SimulationSettings;

import org.springframework.context.ApplicationContext;

/**
 * The clinic {@code ./alliance demo} seeds (seed 42: four therapists with eight clients
 * each), written into the test database once per database by the demo's own seeder, so
 * that browser tests check and picture the pages a new clinic sees first.
 *
 * @param users the clinic's accounts, admin first, then the supervisor and the therapists
 */
public record DemoClinic(List<UserAccount> users) {

	/** Every demo account's password. */
	public static final String PASSWORD = DemoClinicSeeder.PASSWORD;

	private static final String ADMIN = "admin@demo.alliance.test";

	/** The demo clinic in the context's database, seeded on first use. */
	public static synchronized DemoClinic in(ApplicationContext context) throws Exception {
		UserAccounts accounts = context.getBean(UserAccounts.class);
		if (accounts.findByEmail(ADMIN).isEmpty()) {
			DemoClinicSeeder.in(context).seed(ClinicSimulator.simulate(SimulationSettings.demo()));
		}
		UserAccount admin = accounts.findByEmail(ADMIN).orElseThrow();
		return new DemoClinic(accounts.inClinic(admin.clinicId()));
	}

	public UserAccount admin() {
		return only(Role.ADMIN);
	}

	public UserAccount supervisor() {
		return only(Role.SUPERVISOR);
	}

	/** The therapists, in the order the demo lists them ({@code t01} first). */
	public List<UserAccount> therapists() {
		return this.users.stream().filter((u) -> u.role() == Role.THERAPIST).toList();
	}

	private UserAccount only(Role role) {
		return this.users.stream().filter((u) -> u.role() == role).findFirst().orElseThrow();
	}

}
