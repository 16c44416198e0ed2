package org.alliance.alliance;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Writes rupture episodes as CSV with the columns
 * {@code client,session,rule,drop_sd,repaired,repair_session}. An episode whose window is
 * still open is written as not repaired, with an empty repair session.
 */
final class EpisodeCsv {

	static final String HEADER = "client,session,rule,drop_sd,repaired,repair_session";

	private EpisodeCsv() {
	}

	static void write(List<RuptureEpisode> episodes, PrintWriter out) {
		out.print(HEADER + "\n");
		for (RuptureEpisode episode : episodes) {
			String repairSession = (episode.outcome() instanceof RepairOutcome.Repaired repaired)
					? Integer.toString(repaired.session()) : "";
			out.print(String
				.format(Locale.ROOT, "%s,%d,%s,%.4f,%s,%s%n", quoted(episode.client()), episode.session(),
						episode.rule(), episode.dropSd(), episode.outcome().repaired(), repairSession)
				.replace(System.lineSeparator(), "\n"));
		}
		out.flush();
	}

	/**
	 * RFC 4180: a cell with a comma, quote or line break goes in quotes, quotes doubled.
	 */
	private static String quoted(String cell) {
		if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
			return "\"" + cell.replace("\"", "\"\"") + "\"";
		}
		return cell;
	}

}
