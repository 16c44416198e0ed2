package org.alliance.alliance;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.alliance.insight.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code alliance ruptures}: applies a rupture rule to a researcher's long-format ratings
 * and writes one CSV row per rupture episode.
 */
@Command(name = "ruptures", mixinStandardHelpOptions = true,
		description = { "Finds alliance ruptures in long-format ratings (columns client,session,score) by the rule of "
				+ "Strauss et al. 2006 (1 SD) or Stiles et al. 2004 (2 SD) and writes "
				+ "client,session,rule,drop_sd,repaired,repair_session as CSV." })
public class RupturesCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--data", required = true, description = "CSV with a header and columns client, session, score")
	Path data;

	@Option(names = "--rule", required = true, description = "strauss (1 SD) or stiles (2 SD)")
	String rule;

	@Option(names = "--repair-window", defaultValue = "2",
			description = "rated sessions within which the score must return to the pre-rupture level (default ${DEFAULT-VALUE})")
	int repairWindow;

	@Option(names = "--sd-basis", defaultValue = "clinic",
			description = "clinic (pooled within-client SD of the file, default) or own (the client's earlier sessions)")
	String sdBasis;

	@Option(names = "--sd-floor", defaultValue = "0.3333333333",
			description = "smallest SD, in points of the score (default a third of a point, for per-item means on 1-5)")
	double sdFloor;

	@Option(names = "--out", description = "write the CSV to this file instead of standard output")
	Path out;

	public RupturesCommand() {
	}

	@Override
	public Integer call() {
		try {
			RuptureSettings settings = settings();
			List<ClientSeries> clients = LongFormatData.read(this.data);
			List<RuptureEpisode> episodes = new RuptureDetector(settings, ClinicAllianceNorms.of(clients))
				.detect(clients);
			write(episodes);
			return 0;
		}
		catch (InvalidInputException | IllegalArgumentException | IOException ex) {
			this.spec.commandLine().getErr().println("ruptures: " + ex.getMessage());
			this.spec.commandLine().getErr().flush();
			return 1;
		}
	}

	private RuptureSettings settings() {
		SdBasis basis = switch (this.sdBasis.toLowerCase(Locale.ROOT)) {
			case "clinic" -> SdBasis.CLINIC_WITHIN_CLIENT;
			case "own" -> SdBasis.OWN_SESSIONS;
			default ->
				throw new IllegalArgumentException("unknown --sd-basis '" + this.sdBasis + "'; known: clinic, own");
		};
		return RuptureSettings.of(RuptureRule.ofCode(this.rule))
			.withSdBasis(basis)
			.withSdFloor(this.sdFloor)
			.withRepairWindow(this.repairWindow);
	}

	private void write(List<RuptureEpisode> episodes) throws IOException {
		if (this.out == null) {
			EpisodeCsv.write(episodes, this.spec.commandLine().getOut());
			return;
		}
		try (PrintWriter file = new PrintWriter(Files.newBufferedWriter(this.out, StandardCharsets.UTF_8))) {
			EpisodeCsv.write(episodes, file);
		}
	}

}
