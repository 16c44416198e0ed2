package org.alliance.signal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox's order: a risk answer first, then ruptures by size (a sharp fall of 2 SD or
 * more, Stiles et al. 2004, before a lesser one) and recency, then a client not on track
 * or at risk of dropping out, then the rest newest first, resolved signals last.
 */
class SignalPriorityTests {

	private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");

	@Test
	void putsRiskFirstThenSharpRupturesThenLesserOnesThenTheRest() {
		Signal gapToday = signal("gap-today", "perception-gap", null, MONDAY.plusSeconds(4 * 86400));
		Signal lesserYesterday = signal("lesser-yesterday", "rupture", "1.40", MONDAY.plusSeconds(3 * 86400));
		Signal sharpLastWeek = signal("sharp-last-week", "rupture", "2.60", MONDAY.minusSeconds(7 * 86400));
		Signal sharpMonday = signal("sharp-monday", "rupture", "2.10", MONDAY);
		Signal riskLastWeek = signal("risk-last-week", "risk", null, MONDAY.minusSeconds(7 * 86400));
		Signal resolvedRisk = resolved(signal("resolved-risk", "risk", null, MONDAY.plusSeconds(5 * 86400)));

		assertThat(sorted(gapToday, lesserYesterday, resolvedRisk, sharpLastWeek, sharpMonday, riskLastWeek))
			.extracting(Signal::summary)
			.containsExactly("risk-last-week", "sharp-monday", "sharp-last-week", "lesser-yesterday", "gap-today",
					"resolved-risk");
	}

	@Test
	void aClientNotOnTrackComesAfterRiskAndRupturesAndBeforeTheRest() {
		Signal gapToday = signal("gap-today", "perception-gap", null, MONDAY.plusSeconds(4 * 86400));
		Signal offTrackLastWeek = signal("off-track-last-week", "not-on-track", null, MONDAY.minusSeconds(7 * 86400));
		Signal lesserLastWeek = signal("lesser-last-week", "rupture", "1.10", MONDAY.minusSeconds(8 * 86400));
		Signal riskLastWeek = signal("risk-last-week", "risk", null, MONDAY.minusSeconds(9 * 86400));
		assertThat(sorted(gapToday, offTrackLastWeek, lesserLastWeek, riskLastWeek)).extracting(Signal::summary)
			.containsExactly("risk-last-week", "lesser-last-week", "off-track-last-week", "gap-today");
	}

	@Test
	void aClientAtRiskOfDroppingOutRanksWithNotOnTrackAfterRiskAndRuptures() {
		Signal gapToday = signal("gap-today", "perception-gap", null, MONDAY.plusSeconds(4 * 86400));
		Signal dropoutToday = signal("dropout-today", "dropout-risk", null, MONDAY.plusSeconds(3 * 86400));
		Signal offTrackLastWeek = signal("off-track-last-week", "not-on-track", null, MONDAY.minusSeconds(7 * 86400));
		Signal dropoutLastMonth = signal("dropout-last-month", "dropout-risk", null, MONDAY.minusSeconds(30 * 86400));
		Signal lesserLastWeek = signal("lesser-last-week", "rupture", "1.10", MONDAY.minusSeconds(8 * 86400));
		Signal riskLastWeek = signal("risk-last-week", "risk", null, MONDAY.minusSeconds(9 * 86400));
		assertThat(SignalPriority.rank(dropoutToday)).isEqualTo(SignalPriority.rank(offTrackLastWeek));
		assertThat(sorted(gapToday, dropoutToday, offTrackLastWeek, dropoutLastMonth, lesserLastWeek, riskLastWeek))
			.extracting(Signal::summary)
			.containsExactly("risk-last-week", "lesser-last-week", "dropout-today", "off-track-last-week",
					"dropout-last-month", "gap-today");
	}

	@Test
	void betweenTwoRupturesRaisedTogetherTheLargerFallComesFirst() {
		Signal smaller = signal("1.2 SD", "rupture", "1.20", MONDAY);
		Signal larger = signal("1.8 SD", "rupture", "1.80", MONDAY);
		assertThat(sorted(smaller, larger)).extracting(Signal::summary).containsExactly("1.8 SD", "1.2 SD");
	}

	@Test
	void aRuptureWhoseEvidenceDoesNotGiveItsSizeCountsAsALesserOne() {
		Signal unreadable = new Signal(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null,
				null, "rupture", "unreadable", "not json", SignalStatus.OPEN, MONDAY.plusSeconds(60), null, null, null,
				null, null, null, List.of());
		Signal sharp = signal("sharp", "rupture", "2.00", MONDAY);
		assertThat(SignalPriority.fallSd(unreadable)).isZero();
		assertThat(sorted(unreadable, sharp)).extracting(Signal::summary).containsExactly("sharp", "unreadable");
	}

	@Test
	void findingsRaisedTogetherWhileCatchingUpKeepTheOrderOfTheirSessions() {
		Signal earlier = on(signal("session 3", "rupture", "2.50", MONDAY), LocalDate.of(2026, 10, 5));
		Signal later = on(signal("session 9", "rupture", "2.10", MONDAY), LocalDate.of(2026, 11, 16));
		assertThat(sorted(earlier, later)).extracting(Signal::summary).containsExactly("session 9", "session 3");
	}

	private static Signal on(Signal s, LocalDate session) {
		return new Signal(s.id(), s.clinicId(), s.clientId(), s.therapistId(), s.sessionId(), session, s.kind(),
				s.summary(), s.evidence(), s.status(), s.raisedAt(), null, null, null, null, null, null, List.of());
	}

	private static List<Signal> sorted(Signal... signals) {
		List<Signal> list = new ArrayList<>(List.of(signals));
		list.sort(SignalPriority.INBOX_ORDER);
		return list;
	}

	private static Signal signal(String summary, String kind, String dropSd, Instant raisedAt) {
		String evidence = (dropSd != null)
				? "{\"rule\":\"strauss\",\"scale\":\"total\",\"session\":\"5\",\"drop in SD\":\"" + dropSd + "\"}"
				: "{}";
		return new Signal(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null, null, kind,
				summary, evidence, SignalStatus.OPEN, raisedAt, null, null, null, null, null, null, List.of());
	}

	private static Signal resolved(Signal signal) {
		return signal.acknowledged("t", MONDAY).resolved("t", MONDAY, "done", ResolutionReason.FALSE_ALARM);
	}

}
