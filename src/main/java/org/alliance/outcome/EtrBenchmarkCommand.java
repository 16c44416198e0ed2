package org.alliance.outcome;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Predicate;

import org.alliance.simulate.ClinicSimulator;
import org.alliance.simulate.SimulatedClient;
import org.alliance.simulate.SimulatedClinic;
import org.alliance.simulate.SimulatedResponse;
import org.alliance.simulate.SimulationSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code alliance etr-bench}: simulates the research clinic (50 therapists × 30 clients,
 * {@link SimulationSettings#research}), then refits its expected treatment response on
 * the finished episodes' PHQ-9 totals as a clinic's nightly refit does (episodes to rows,
 * then the REML fit), several times, and reports the seconds of each refit and how many
 * clients the model and the rules flag.
 */
@Command(name = "etr-bench", mixinStandardHelpOptions = true,
		description = { "Times the refit of the expected treatment response on the simulated research clinic",
				"(50 therapists x 30 clients) and reports the share of clients flagged not on track." })
public class EtrBenchmarkCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--seed", defaultValue = "42",
			description = "seed of the simulated clinic (default ${DEFAULT-VALUE})")
	long seed;

	@Option(names = "--repeats", defaultValue = "3",
			description = "refits to time, the first with the JIT compiler still warming up (default ${DEFAULT-VALUE})")
	int repeats;

	public EtrBenchmarkCommand() {
	}

	@Override
	public Integer call() {
		PrintWriter print = this.spec.commandLine().getOut();
		long start = System.nanoTime();
		SimulatedClinic clinic = ClinicSimulator.simulate(SimulationSettings.research(this.seed));
		Map<String, List<ScoredSession>> finished = new LinkedHashMap<>();
		Map<String, List<ScoredSession>> ongoing = new LinkedHashMap<>();
		phq9Totals(clinic)
			.forEach((client, scores) -> (ended(clinic, client) ? finished : ongoing).put(client, scores));
		print.printf(Locale.ROOT,
				"simulated %d clients (%d finished, %d in treatment) in %.2f s; %d processors, Java %s%n",
				clinic.clients().size(), finished.size(), ongoing.size(), (System.nanoTime() - start) / 1e9,
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
		EtrFit fit = null;
		FinishedEpisodes data = null;
		for (int run = 1; run <= Math.max(1, this.repeats); run++) {
			long begin = System.nanoTime();
			data = FinishedEpisodes.of(finished);
			fit = EtrModel.fit(data.scores(), Math.round(data.meanIntake()));
			print.printf(Locale.ROOT, "refit %d: %.3f s (%d episodes, %d scores after intake)%n", run,
					(System.nanoTime() - begin) / 1e9, data.episodes(), data.scores().size());
		}
		print.println("Formula: " + EtrModel.formula(fit.model().centre()));
		fit.model().fixedEffects().forEach((name, value) -> print.printf(Locale.ROOT, "  %-30s %10.4f%n", name, value));
		flagged(print, new ClinicEtr(ExpectedResponse.INSTRUMENT, Instant.now(), data.episodes(), fit.model()),
				finished, ongoing);
		print.flush();
		return 0;
	}

	private static void flagged(PrintWriter print, ClinicEtr fit, Map<String, List<ScoredSession>> finished,
			Map<String, List<ScoredSession>> ongoing) {
		OnTrackByBand band = new OnTrackByBand(fit, ExpectedTreatmentResponse.DEFAULT_QUANTILE);
		OnTrackRules rules = new OnTrackRules(6, 10, 6);
		print.printf(Locale.ROOT, "finished episodes flagged at some session: etr %s, rules %s%n",
				share(finished, (s) -> everFlagged(s, band::judge)),
				share(finished, (s) -> everFlagged(s, rules::judge)));
		print.printf(Locale.ROOT, "clients in treatment flagged now: etr %s, rules %s%n",
				share(ongoing, (s) -> s.size() > 1 && band.judge(s).flag() != OnTrackVerdict.Flag.GREEN),
				share(ongoing, (s) -> s.size() > 1 && rules.judge(s).onTrack() == Boolean.FALSE));
	}

	private static boolean everFlagged(List<ScoredSession> scores,
			Function<List<ScoredSession>, OnTrackVerdict> judge) {
		for (int n = 2; n <= scores.size(); n++) {
			if (judge.apply(scores.subList(0, n)).onTrack() == Boolean.FALSE) {
				return true;
			}
		}
		return false;
	}

	private static String share(Map<String, List<ScoredSession>> clients, Predicate<List<ScoredSession>> flagged) {
		List<List<ScoredSession>> judged = clients.values().stream().filter((s) -> s.size() > 1).toList();
		long count = judged.stream().filter(flagged).count();
		return String.format(Locale.ROOT, "%d of %d (%.1f%%)", count, judged.size(), 100.0 * count / judged.size());
	}

	private static boolean ended(SimulatedClinic clinic, String client) {
		return clinic.clients()
			.stream()
			.filter((c) -> c.key().equals(client))
			.findFirst()
			.map(SimulatedClient::episodeEnd)
			.isPresent();
	}

	/**
	 * PHQ-9 totals by client in session order, as the clinic's stored responses give
	 * them.
	 */
	private static Map<String, List<ScoredSession>> phq9Totals(SimulatedClinic clinic) {
		Map<String, List<ScoredSession>> totals = new LinkedHashMap<>();
		for (SimulatedResponse response : clinic.responses()) {
			if (response.instrument().equals(ExpectedResponse.INSTRUMENT)) {
				int total = response.answers().values().stream().mapToInt(Integer::intValue).sum();
				totals.computeIfAbsent(response.clientKey(), (k) -> new ArrayList<>())
					.add(new ScoredSession(response.sessionNumber(), total));
			}
		}
		return totals;
	}

}
