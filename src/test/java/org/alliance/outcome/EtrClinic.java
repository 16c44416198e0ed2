package org.alliance.outcome;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alliance.TestClinic;
import org.alliance.care.Attendance;
import org.alliance.care.CareSession;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.care.EndReason;
import org.alliance.instrument.Answer;
import org.alliance.measure.Responses;
import org.alliance.measure.Submission;
import org.alliance.security.CurrentUser;

/**
 * The clinic of {@code outcome/etr-clinic.csv}: 100 finished episodes with PHQ-9 totals
 * at weekly sessions from 1 (the intake), entered through care and measure as a therapist
 * would, in 2025. Fitted, its expected treatment response is lme4's on the same episodes
 * ({@code etr-reference.R}, second part, see {@link ExpectedResponseTests}): for an
 * intake of 20, session 4 mean 15.3182476678963 and upper bound 19.4960053794493; session
 * 6 mean 13.9451824322988, upper 18.3329666912184.
 */
final class EtrClinic {

	private static final LocalDate START = LocalDate.of(2025, 1, 6);

	private EtrClinic() {
	}

	/** Enters the 100 episodes for the clinic's therapist and ends each. */
	static void enterFinishedEpisodes(TestClinic clinic, Caseload caseload, Responses responses) throws IOException {
		CurrentUser therapist = clinic.therapist().account().asCurrentUser();
		for (Map.Entry<String, List<Double>> episode : episodes().entrySet()) {
			List<Double> scores = episode.getValue();
			Client client = caseload.admit(therapist, episode.getKey() + "-" + UUID.randomUUID(),
					clinic.therapist().email(), START);
			for (int i = 0; i < scores.size(); i++) {
				CareSession session = caseload.recordSession(therapist, client.id(), i + 1, START.plusWeeks(i),
						Attendance.ATTENDED);
				responses.submit(therapist, session.id(),
						new Submission("phq9", "client", phq9((int) Math.round(scores.get(i)))), null);
			}
			caseload.endEpisode(therapist, client.id(), START.plusWeeks(scores.size()), EndReason.PLANNED);
		}
	}

	/** Answers summing to the total, item 9 (risk) at 0: totals up to 24. */
	static Map<String, Answer> phq9(int total) {
		if (total < 0 || total > 24) {
			throw new IllegalArgumentException("a PHQ-9 total of 0 to 24 without item 9: " + total);
		}
		Map<String, Answer> answers = new HashMap<>();
		int left = total;
		for (int item = 1; item <= 8; item++) {
			int value = Math.min(3, left);
			answers.put(String.valueOf(item), new Answer.Choice(value));
			left -= value;
		}
		answers.put("9", new Answer.Choice(0));
		return answers;
	}

	/** The episodes of etr-clinic.csv: PHQ-9 totals by session from 1, by episode. */
	private static Map<String, List<Double>> episodes() throws IOException {
		Map<String, List<Double>> episodes = new LinkedHashMap<>();
		List<String> lines = Files.readAllLines(EtrFiles.resource("etr-clinic.csv"));
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.split(",");
			episodes.computeIfAbsent(cells[0], (k) -> new ArrayList<>()).add(Double.parseDouble(cells[2]));
		}
		return episodes;
	}

}
