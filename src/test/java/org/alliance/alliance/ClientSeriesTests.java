package org.alliance.alliance;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The rules read only the client's own forms, in session order.
 */
class ClientSeriesTests {

	@Test
	void keepsOnlyTheClientsOwnFormsInSessionOrder() {
		List<SessionRating> ratings = List.of(rating("C1", 3, Perspective.CLIENT, 4.0),
				rating("C1", 1, Perspective.CLIENT, 5.0), rating("C1", 2, Perspective.PREDICTION, 4.5),
				rating("C1", 2, Perspective.THERAPIST, 3.5), rating("C2", 2, Perspective.CLIENT, 2.0));
		assertThat(ClientSeries.of("C1", ratings).sessions()).extracting(ClientSession::session).containsExactly(1, 3);
		assertThat(ClientSeries.of("C1", ratings).scores(AllianceScale.TOTAL)).containsExactly(5.0, 4.0);
	}

	@Test
	void refusesASessionRatedTwice() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ClientSeries("C1", List.of(ClientSession.ofTotal(2, 4), ClientSession.ofTotal(2, 5))))
			.withMessageContaining("session 2 twice");
	}

	private static SessionRating rating(String client, int session, Perspective perspective, double total) {
		return new SessionRating(client, session, perspective, ScaleRange.ONE_TO_FIVE,
				Map.of(AllianceScale.TOTAL, total));
	}

}
