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

import org.alliance.ServerOnH2;
import org.alliance.TestClinic;
import org.alliance.care.Attendance;
import org.alliance.care.CareSession;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.care.EndReason;
import org.alliance.instrument.Answer;
import org.alliance.measure.Responses;
import org.alliance.measure.Submission;
import org.alliance.outcome.OnTrackVerdict.Flag;
import org.alliance.outcome.OnTrackVerdict.Method;
import org.alliance.security.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

/**
 * A clinic's verdicts: by the rules until it has 100 finished episodes, then by its own
 * expected treatment response, refitted on demand and never in a request. The clinic is
 * {@code outcome/etr-clinic.csv} (100 episodes, PHQ-9 totals at sessions 1 to 8, session
 * 1 the intake), entered through care and measure as a therapist would; its fit is held
 * to lme4 1.1-31 on the same episodes ({@code etr-reference.R}, second part; output in
 * {@code etr-reference.Rout}): centre 17 (mean intake 16.8), <pre>
 *                 (Intercept)                log(session)
 *           17.01346782771691           -2.86840025975918
 *              I(intake - 17) log(session):I(intake - 17)
 *            0.99977362940375           -0.17266509495449
 *                     (Intercept)       log(session)
 * (Intercept)  5.4685840055831418 0.0802704865965211
 * log(session) 0.0802704865965211 0.7995299241128873
 * sigma2 3.3994019543974
 * </pre> and, for an intake of 20, session 4: mean 15.3182476678963, upper bound
 * 19.4960053794493; session 6: mean 13.9451824322988, upper 18.3329666912184.
 */
class ExpectedResponseTests extends ServerOnH2 {

	private static final LocalDate START = LocalDate.of(2025, 1, 6);

	@Autowired
	Caseload caseload;

	@Autowired
	Responses responses;

	@Autowired
	ExpectedResponse expected;

	private TestClinic clinic;

	private CurrentUser therapist;

	@BeforeEach
	void openClinic() {
		this.clinic = newClinic();
		this.therapist = this.clinic.therapist().account().asCurrentUser();
	}

	@Test
	void withTooFewFinishedEpisodesTheRulesJudgeAndSaySo() {
		for (int i = 0; i < 3; i++) {
			finishedEpisode("few-" + i, List.of(18.0, 15.0, 12.0), EndReason.PLANNED);
		}
		Client stuck = openEpisode("stuck", List.of(15.0, 15.0, 14.0, 13.0, 12.0, 11.0));
		Client worse = openEpisode("worse", List.of(12.0, 19.0));
		assertThat(this.expected.refit(this.clinic.id())).isEmpty();
		assertThat(this.expected.currentFit(this.clinic.id())).isEmpty();

		OnTrackVerdict amber = this.expected.judgeClient(this.clinic.id(), stuck.id());
		assertThat(amber.method()).isEqualTo(Method.RULES);
		assertThat(amber.method().wireName()).isEqualTo("rules");
		assertThat(amber.flag()).isEqualTo(Flag.AMBER);
		assertThat(amber.band()).isEmpty();
		OnTrackVerdict red = this.expected.judgeClient(this.clinic.id(), worse.id());
		assertThat(red.method()).isEqualTo(Method.RULES);
		assertThat(red.flag()).isEqualTo(Flag.RED);
		assertThat(red.reason()).contains("from 12 at session 1 to 19 at session 2");
	}

	@Test
	void atOneHundredFinishedEpisodesTheClinicsOwnModelJudgesAsLme4FitsIt() throws IOException {
		Map<String, List<Double>> episodes = clinicEpisodes();
		List<String> names = new ArrayList<>(episodes.keySet());
		for (String name : names.subList(0, 99)) {
			finishedEpisode(name, episodes.get(name),
					(name.hashCode() % 5 == 0) ? EndReason.DROPOUT : EndReason.PLANNED);
		}
		Client last = openEpisode(names.get(99), episodes.get(names.get(99)));
		Client offTrack = openEpisode("off-track", List.of(20.0, 19.0, 20.0, 21.0));
		Client onTrack = openEpisode("on-track", List.of(20.0, 17.0, 18.0, 16.0, 15.0, 18.0));

		assertThat(this.expected.refit(this.clinic.id())).as("99 finished episodes").isEmpty();
		assertThat(this.expected.judgeClient(this.clinic.id(), offTrack.id()).method()).isEqualTo(Method.RULES);
		assertThat(this.expected.judgeClient(this.clinic.id(), offTrack.id()).flag()).isEqualTo(Flag.GREEN);

		this.caseload.endEpisode(this.therapist, last.id(), START.plusWeeks(10), EndReason.PLANNED);
		// Ending the 100th episode changes no verdict until the model is refitted.
		assertThat(this.expected.judgeClient(this.clinic.id(), offTrack.id()).method()).isEqualTo(Method.RULES);
		ClinicEtr fit = this.expected.refit(this.clinic.id()).orElseThrow();

		assertThat(fit.episodes()).isEqualTo(100);
		ExpectedTreatmentResponse model = fit.model();
		assertThat(model.centre()).isEqualTo(17);
		assertThat(model.observations()).isEqualTo(403);
		assertThat(model.intercept()).isCloseTo(17.01346782771691, withPercentage(1e-4));
		assertThat(model.logSession()).isCloseTo(-2.86840025975918, withPercentage(1e-4));
		assertThat(model.intake()).isCloseTo(0.99977362940375, withPercentage(1e-4));
		assertThat(model.logSessionByIntake()).isCloseTo(-0.17266509495449, withPercentage(1e-4));
		assertThat(model.interceptVariance()).isCloseTo(5.4685840055831418, withPercentage(0.1));
		assertThat(model.covariance()).isCloseTo(0.0802704865965211, withPercentage(0.1));
		assertThat(model.logSessionVariance()).isCloseTo(0.7995299241128873, withPercentage(0.1));
		assertThat(model.residualVariance()).isCloseTo(3.3994019543974, withPercentage(0.1));
		assertThat(this.expected.currentFit(this.clinic.id())).isPresent();

		OnTrackVerdict off = this.expected.judgeClient(this.clinic.id(), offTrack.id());
		assertThat(off.method()).isEqualTo(Method.ETR);
		assertThat(off.method().wireName()).isEqualTo("etr");
		assertThat(off.flag()).isEqualTo(Flag.RED);
		assertThat(off.onTrack()).isFalse();
		assertThat(off.reason()).startsWith("Not on track").contains("fitted on 100 finished episodes");
		assertThat(off.band()).hasSize(20);
		assertThat(off.band().get(3).mean()).isCloseTo(15.3182476678963, withPercentage(1e-2));
		assertThat(off.band().get(3).upper()).isCloseTo(19.4960053794493, withPercentage(1e-2));

		OnTrackVerdict on = this.expected.judgeClient(this.clinic.id(), onTrack.id());
		assertThat(on.method()).isEqualTo(Method.ETR);
		assertThat(on.flag()).isEqualTo(Flag.GREEN);
		assertThat(on.band().get(5).upper()).isCloseTo(18.3329666912184, withPercentage(1e-2));
	}

	@Test
	void theNightlyRefitFitsEveryClinicAndAVerdictOnlyReadsTheStoredFit() throws IOException {
		Map<String, List<Double>> episodes = clinicEpisodes();
		episodes.forEach((name, scores) -> finishedEpisode(name, scores, EndReason.PLANNED));
		Client client = openEpisode("judged", List.of(20.0, 19.0, 20.0, 21.0));
		assertThat(this.expected.judgeClient(this.clinic.id(), client.id()).method()).isEqualTo(Method.RULES);

		this.expected.refitEveryClinic();

		assertThat(this.expected.currentFit(this.clinic.id())).hasValueSatisfying(
				(fit) -> assertThat(fit.model().intercept()).isCloseTo(17.01346782771691, withPercentage(1e-4)));
		OnTrackVerdict verdict = this.expected.judge(this.clinic.id(),
				List.of(new ScoredSession(1, 20), new ScoredSession(4, 21)));
		assertThat(verdict.method()).isEqualTo(Method.ETR);
		assertThat(verdict.flag()).isEqualTo(Flag.RED);
		assertThat(this.expected.judge(this.clinic.id(), List.of(new ScoredSession(1, 20))).onTrack()).isNull();
	}

	/** The episodes of etr-clinic.csv: PHQ-9 totals by session from 1, by episode. */
	private static Map<String, List<Double>> clinicEpisodes() throws IOException {
		Map<String, List<Double>> episodes = new LinkedHashMap<>();
		List<String> lines = Files.readAllLines(EtrFiles.resource("etr-clinic.csv"));
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.split(",");
			List<Double> scores = episodes.computeIfAbsent(cells[0], (k) -> new ArrayList<>());
			assertThat(Integer.parseInt(cells[1])).isEqualTo(scores.size() + 1);
			scores.add(Double.parseDouble(cells[2]));
		}
		return episodes;
	}

	private void finishedEpisode(String name, List<Double> scores, EndReason reason) {
		Client client = openEpisode(name, scores);
		this.caseload.endEpisode(this.therapist, client.id(), START.plusWeeks(scores.size()), reason);
	}

	/** Admits a client and records one weekly session with a PHQ-9 per score. */
	private Client openEpisode(String name, List<Double> scores) {
		Client client = this.caseload.admit(this.therapist, name + "-" + UUID.randomUUID(),
				this.clinic.therapist().email(), START);
		for (int i = 0; i < scores.size(); i++) {
			CareSession session = this.caseload.recordSession(this.therapist, client.id(), i + 1, START.plusWeeks(i),
					Attendance.ATTENDED);
			this.responses.submit(this.therapist, session.id(),
					new Submission("phq9", "client", phq9((int) Math.round(scores.get(i)))), null);
		}
		return client;
	}

	/** Answers summing to the total, item 9 (risk) at 0: totals up to 24. */
	private static Map<String, Answer> phq9(int total) {
		Map<String, Answer> answers = new HashMap<>();
		int left = total;
		for (int item = 1; item <= 8; item++) {
			int value = Math.min(3, left);
			answers.put(String.valueOf(item), new Answer.Choice(value));
			left -= value;
		}
		answers.put("9", new Answer.Choice(0));
		assertThat(left).as("a PHQ-9 total of at most 24 without item 9").isZero();
		return answers;
	}

}
