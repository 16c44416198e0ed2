package org.alliance.report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.alliance.measure.StoredResponse;
import org.alliance.report.EpisodeReport.SessionLine;

/**
 * Marks the scores that staff entered on the client's behalf (a paper form), so that a
 * reader of the report knows which answers did not come from the client's own phone: the
 * score gets {@link EpisodeReport#ON_BEHALF_MARK} in the table of sessions, and a line
 * under it names the measure and who entered it.
 */
final class OnBehalfMarks {

	private static final Map<String, String> NAMES = Map.of("phq9", "PHQ-9", "gad7", "GAD-7", "alliance-check",
			"alliance check");

	private OnBehalfMarks() {
	}

	static List<SessionLine> marked(List<SessionLine> lines, List<StoredResponse> onBehalf) {
		Set<String> entered = onBehalf.stream()
			.map((r) -> r.sessionNumber() + "/" + r.instrument())
			.collect(Collectors.toSet());
		return lines.stream()
			.map((l) -> new SessionLine(l.number(), l.date(), l.attendance(),
					mark(l.phq9(), entered.contains(l.number() + "/phq9")),
					mark(l.gad7(), entered.contains(l.number() + "/gad7")),
					mark(l.allianceClient(), entered.contains(l.number() + "/alliance-check")), l.allianceTherapist()))
			.toList();
	}

	/**
	 * "Session 3: PHQ-9 entered by Ana Ruiz on the client's behalf", by session.
	 * @param names display names by email
	 */
	static List<String> lines(List<StoredResponse> onBehalf, Map<String, String> names) {
		return onBehalf.stream()
			.sorted(Comparator.comparingInt(StoredResponse::sessionNumber))
			.map((r) -> "Session " + r.sessionNumber() + ": " + NAMES.getOrDefault(r.instrument(), r.instrument())
					+ " entered by " + names.getOrDefault(r.enteredBy(), r.enteredBy()) + " on the client's behalf")
			.toList();
	}

	private static String mark(String score, boolean entered) {
		return (entered && !score.isEmpty()) ? score + EpisodeReport.ON_BEHALF_MARK : score;
	}

}
