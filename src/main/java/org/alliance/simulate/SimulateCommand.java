package org.alliance.simulate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code simulate}: writes a simulated clinic with planted, known effects as CSV files.
 */
@Command(name = "simulate", usageHelpAutoWidth = true,
		description = { "Simulate a clinic from a seed and write it as CSV files: therapists,",
				"clients, sessions, item responses (PHQ-9, GAD-7, client and therapist",
				"alliance checks), alliance scores and the planted truth (ruptures,",
				"repairs, dropouts), goals with their GAS ladders and ratings, tasks with",
				"their completions and the planted task ruptures. Sessions end on",
				"2026-11-20, as in the demo clinic.",
				"The same seed and sizes always write the same bytes; README.txt in the",
				"output folder describes the files and the planted effects." })
public class SimulateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = { "-h", "--help" }, usageHelp = true, description = "Show this help and exit.")
	boolean help;

	@Option(names = "--seed", paramLabel = "N", defaultValue = "42",
			description = "Seed of the random stream (default: ${DEFAULT-VALUE}).")
	long seed;

	@Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write the files into.")
	Path out;

	@Option(names = "--therapists", paramLabel = "N", defaultValue = "" + SimulationSettings.DEMO_THERAPISTS,
			description = "Number of therapists (default: ${DEFAULT-VALUE}).")
	int therapists;

	@Option(names = "--clients-per-therapist", paramLabel = "N",
			defaultValue = "" + SimulationSettings.DEMO_CLIENTS_PER_THERAPIST,
			description = "Clients per therapist (default: ${DEFAULT-VALUE}).")
	int clientsPerTherapist;

	@Option(names = "--max-sessions", paramLabel = "N", defaultValue = "16",
			description = "Most sessions in a planned episode (default: ${DEFAULT-VALUE}).")
	int maxSessions;

	public SimulateCommand() {
	}

	@Override
	public Integer call() throws Exception {
		SimulatedClinic clinic = ClinicSimulator.simulate(settings());
		List<WrittenFile> written = new ArrayList<>(ClinicCsvWriter.writeFiles(clinic, this.out));
		written.addAll(CollaborationTables.write(CollaborationSimulator.simulate(clinic, this.seed), this.out));
		for (WrittenFile file : written) {
			this.spec.commandLine()
				.getOut()
				.printf("%s: %d %s%n", this.out.resolve(file.name()), file.rows(),
						file.name().endsWith(".csv") ? "rows" : "lines");
		}
		this.spec.commandLine().getOut().flush();
		return 0;
	}

	private SimulationSettings settings() {
		try {
			return SimulationSettings.endingOn(this.seed, this.therapists, this.clientsPerTherapist, this.maxSessions,
					SimulationSettings.demo().censusDate());
		}
		catch (IllegalArgumentException ex) {
			throw new ParameterException(this.spec.commandLine(), ex.getMessage());
		}
	}

}
