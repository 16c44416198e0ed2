package org.alliance.alliance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.alliance.instrument.Answer;
import org.alliance.measure.StoredResponse;

/**
 * One answer of the client to the alliance check's feedback question, "What would make
 * our next session more helpful?" (item 8): inviting feedback on sessions is
 * collaboration in practice, and the brief shows the last few answers so that a request
 * repeated, or left unmet, is seen.
 *
 * @param session the session's number in its episode
 * @param text the client's words, never blank
 * @param onBehalf whether staff entered the answer on the client's behalf (a paper form)
 */
record FeedbackAnswer(int session, LocalDate sessionDate, String text, boolean onBehalf) {

	/** The item of the client's alliance check that asks for feedback. */
	static final String ITEM = "8";

	/**
	 * The client's latest answers of their latest episode of care, newest first, at most
	 * {@code count}; blank answers are not answers.
	 */
	static List<FeedbackAnswer> latest(List<StoredResponse> answered, int count) {
		List<StoredResponse> feedback = answered.stream()
			.filter((r) -> r.instrument().equals(Perspective.CLIENT.instrument()))
			.filter((r) -> r.answers().get(ITEM) instanceof Answer.Text text && !text.text().isBlank())
			.toList();
		if (feedback.isEmpty()) {
			return List.of();
		}
		StoredResponse newest = feedback.stream().max(order()).orElseThrow();
		return feedback.stream()
			.filter((r) -> r.episodeId().equals(newest.episodeId()))
			.sorted(order().reversed())
			.limit(count)
			.map((r) -> new FeedbackAnswer(r.sessionNumber(), r.sessionDate(),
					((Answer.Text) r.answers().get(ITEM)).text(), r.onBehalf()))
			.toList();
	}

	private static Comparator<StoredResponse> order() {
		return Comparator.comparing(StoredResponse::sessionDate)
			.thenComparingInt(StoredResponse::sessionNumber)
			.thenComparing(StoredResponse::submittedAt);
	}

}
