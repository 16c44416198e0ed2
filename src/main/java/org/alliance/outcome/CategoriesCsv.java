package org.alliance.outcome;

import java.io.PrintWriter;
import java.util.Map;

/**
 * Writes NHS Talking Therapies categories as CSV with the columns
 * {@code episode,finished,case_start,recovered,reliable_improvement,reliable_deterioration,reliable_recovery}:
 * {@code true} or {@code false}, an empty cell where a category does not apply.
 */
final class CategoriesCsv {

	static final String HEADER = "episode,finished,case_start,recovered,reliable_improvement,reliable_deterioration,"
			+ "reliable_recovery";

	private CategoriesCsv() {
	}

	static void write(Map<String, TalkingTherapiesCategories> episodes, PrintWriter out) {
		out.print(HEADER + "\n");
		episodes.forEach((episode,
				c) -> out.print(String.join(",", quoted(episode), cell(c.finished()), cell(c.caseStart()),
						cell(c.recovered()), cell(c.reliableImprovement()), cell(c.reliableDeterioration()),
						cell(c.reliableRecovery())) + "\n"));
		out.flush();
	}

	private static String cell(Boolean value) {
		return (value != null) ? value.toString() : "";
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
