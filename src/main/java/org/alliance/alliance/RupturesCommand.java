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
				+ "client,session,rule,drop_sd,repaired,repair_session as CSV. A rupture is a fall below the "
				+ "previous rating and the threshold below the client's own level, flagged once per episode; "
				+ "the scale's range sets the smallest SD, so give it: --scale-min 1 --scale-max 5 for "
				+ "per-item means of 1-5 items, --scale-min 12 --scale-max 60 for WAI-SR totals." })
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

	@Option(names = "--scale-min", required = true,
			description = "lowest possible score, e.g. 1 for per-item means of 1-5 items, 12 for a WAI-SR total")
	double scaleMin;

	@Option(names = "--scale-max", required = true,
			description = "highest possible score, e.g. 5 for per-item means of 1-5 items, 60 for a WAI-SR total")
	double scaleMax;

	@Option(names = "--sd-floor-share", defaultValue = "0.0833333333",
			description = "smallest SD, as a share of the scale's range (default 1/12: a third of a point on 1-5, "
					+ "4 points on 12-60)")
	double sdFloorShare;

	@Option(names = "--out", description = "write the CSV to this file instead of standard output")
	Path out;

	public RupturesCommand() {
	}

	@Override
	public Integer call() {
		try {
			RuptureSettings settings = settings();
			ScaleRange range = range();
			List<ClientSeries> clients = LongFormatData.read(this.data, range);
			List<RuptureEpisode> episodes = new RuptureDetector(settings, ClinicAllianceNorms.of(clients), range)
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

	private ScaleRange range() {
		if (!(this.scaleMax > this.scaleMin) || !Double.isFinite(this.scaleMin) || !Double.isFinite(this.scaleMax)) {
			throw new IllegalArgumentException("--scale-max must be a finite number above --scale-min, not "
					+ this.scaleMin + " to " + this.scaleMax);
		}
		return new ScaleRange(this.scaleMin, this.scaleMax);
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
			.withSdFloorShare(this.sdFloorShare)
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
