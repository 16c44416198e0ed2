package org.alliance.command;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.alliance.outcome.DropoutModelReport;
import org.alliance.outcome.DropoutRisk;
import org.alliance.outcome.ExpectedResponse;
import org.alliance.security.UserAccounts;
import org.alliance.simulate.ClinicSimulator;
import org.alliance.simulate.SimulationSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ./alliance dropout-bench}: times the refits of the dropout model and of the
 * expected treatment response, one after the other as the nightly refit runs them, on the
 * 50-therapist × 30-client simulated clinic, stored in the database as the demo stores
 * its clinic (the target, both together under 5 s, and the times measured:
 * docs/manual.md, "Performance"). The clinic is seeded once into an empty {@code --data}
 * folder (minutes); later runs on the same folder time the refit alone.
 */
@Command(name = "dropout-bench", mixinStandardHelpOptions = true,
		description = { "Seeds the 50-therapist x 30-client simulated clinic into an empty --data folder (once), then "
				+ "times refits of its dropout model (reading the records, cross-validation and the final fit) and of "
				+ "its expected treatment response (reading the records and the REML fit), and both together." })
class DropoutBenchmarkCommand implements Callable<Integer> {

	@Mixin
	DatabaseOptions database;

	@Option(names = "--seed", defaultValue = "2026",
			description = "seed of the simulated clinic (default ${DEFAULT-VALUE})")
	long seed;

	@Option(names = "--runs", defaultValue = "5", description = "timed refits (default ${DEFAULT-VALUE})")
	int runs;

	@Override
	public Integer call() throws Exception {
		try (ConfigurableApplicationContext context = ApplicationRunner.start(Map.copyOf(this.database.properties()),
				false)) {
			UserAccounts accounts = context.getBean(UserAccounts.class);
			if (!accounts.anyClinic()) {
				long start = System.nanoTime();
				System.out.println("Seeding the simulated clinic (50 therapists x 30 clients, seed " + this.seed
						+ ") through the services; this takes minutes ...");
				DemoClinicSeeder.measuresOnly(context)
					.seed(ClinicSimulator.simulate(SimulationSettings.research(this.seed)));
				System.out.printf(Locale.ROOT, "Seeded in %.0f s%n", (System.nanoTime() - start) / 1e9);
			}
			UUID clinic = accounts.clinicIds().get(0);
			DropoutRisk dropoutRisk = context.getBean(DropoutRisk.class);
			ExpectedResponse expected = context.getBean(ExpectedResponse.class);
			// Waits for the refits every start-up runs, and warms the code up.
			print("warm-up", dropoutRisk.refit(clinic));
			expected.refit(clinic);
			List<Double> dropoutSeconds = new ArrayList<>();
			List<Double> etrSeconds = new ArrayList<>();
			List<Double> together = new ArrayList<>();
			for (int run = 1; run <= this.runs; run++) {
				long start = System.nanoTime();
				DropoutModelReport report = dropoutRisk.refit(clinic);
				long between = System.nanoTime();
				boolean fitted = expected.refit(clinic).isPresent();
				long end = System.nanoTime();
				dropoutSeconds.add((between - start) / 1e9);
				etrSeconds.add((end - between) / 1e9);
				together.add((end - start) / 1e9);
				print("run " + run, report);
				System.out.printf(Locale.ROOT,
						"%-8s expected treatment response %s in %.3f s (records read included)%n", "",
						fitted ? "refitted" : "not fitted (too few finished episodes)", (end - between) / 1e9);
			}
			summary("refit of the dropout model", dropoutSeconds);
			summary("refit of the expected treatment response", etrSeconds);
			summary("both refits together (target < 5 s)", together);
			return 0;
		}
	}

	private static void summary(String what, List<Double> seconds) {
		List<Double> sorted = new ArrayList<>(seconds);
		Collections.sort(sorted);
		System.out.printf(Locale.ROOT, "%s: median %.3f s, slowest %.3f s over %d runs%n", what,
				sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), sorted.size());
	}

	private static void print(String run, DropoutModelReport report) {
		if (report instanceof DropoutModelReport.Fitted fitted) {
			System.out.printf(Locale.ROOT,
					"%-8s read %.3f s, fit %.3f s: %d episodes, %d dropouts, lambda %.4g, CV AUC %.3f,"
							+ " calibration slope %.3f intercept %.3f%n",
					run, fitted.readSeconds(), fitted.fitSeconds(), fitted.episodes(), fitted.dropouts(),
					fitted.lambda(), fitted.cvAuc(), fitted.calibrationSlope(), fitted.calibrationIntercept());
		}
		else {
			System.out.println(run + " " + report);
		}
	}

}
