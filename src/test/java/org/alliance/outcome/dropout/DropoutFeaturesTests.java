package org.alliance.outcome.dropout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alliance.alliance.AllianceScale;
import org.alliance.alliance.ClientSeries;
import org.alliance.alliance.ClientSession;
import org.alliance.alliance.ClinicAllianceNorms;
import org.alliance.alliance.RuptureDetector;
import org.alliance.alliance.RuptureRule;
import org.alliance.alliance.RuptureSettings;
import org.alliance.alliance.ScaleRange;
import org.alliance.care.Attendance;
import org.alliance.care.EndReason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The features of an episode at its landmark (session 3), worked by hand.
 */
class DropoutFeaturesTests {

	private final DropoutFeatures features = new DropoutFeatures(3,
			new RuptureDetector(RuptureSettings.of(RuptureRule.STRAUSS), calmClinic(), ScaleRange.ONE_TO_FIVE));

	@Test
	void readsSessionsOneToThreeOnly() {
		// Session 1: PHQ-9 18, GAD-7 12, alliance 4.5; session 2 a no-show; session 3:
		// PHQ-9
		// 14, alliance 4.5; session 4 (after the landmark): PHQ-9 5, alliance 1.0.
		EarlyCourse course = course(EndReason.DROPOUT, session(1, Attendance.ATTENDED, 18.0, 12.0, 4.5),
				session(2, Attendance.NO_SHOW, null, null, null), session(3, Attendance.ATTENDED, 14.0, 11.0, 4.5),
				session(4, Attendance.ATTENDED, 5.0, 4.0, 1.0));
		assertThat(this.features.of(course).orElseThrow()).containsExactly(18, 12, -4, 1, 4.5, 0);
	}

	@Test
	void averagesTheAllianceOfSessionsOneAndTwoAndFindsARuptureAtSessionThree() {
		// Alliance 4.5 and 4.0 at sessions 1 and 2: 4.25; at session 3 it falls to 2.0,
		// far
		// more than one SD below the client's level: a rupture by the landmark. A
		// cancellation is not a missed session.
		EarlyCourse course = course(null, session(1, Attendance.ATTENDED, 20.0, 15.0, 4.5),
				session(2, Attendance.ATTENDED, 19.0, null, 4.0), session(3, Attendance.ATTENDED, null, null, 2.0),
				session(4, Attendance.CANCELLED, null, null, null));
		assertThat(this.features.of(course).orElseThrow()).containsExactly(20, 15, -1, 0, 4.25, 1);
	}

	@Test
	void anEpisodeIsAtItsLandmarkOnceTheClientAttendsSessionThree() {
		EarlyCourse leftBefore = course(EndReason.DROPOUT, session(1, Attendance.ATTENDED, 18.0, 12.0, 4.5),
				session(2, Attendance.ATTENDED, 17.0, 12.0, 4.0), session(3, Attendance.NO_SHOW, null, null, null));
		assertThat(this.features.reachedLandmark(leftBefore)).isFalse();
		assertThat(this.features.of(leftBefore)).isEmpty();
		EarlyCourse cameLater = course(null, session(1, Attendance.ATTENDED, 18.0, 12.0, 4.5),
				session(2, Attendance.ATTENDED, 17.0, 12.0, 4.0), session(3, Attendance.NO_SHOW, null, null, null),
				session(4, Attendance.ATTENDED, 16.0, 12.0, 4.0));
		assertThat(this.features.of(cameLater).orElseThrow()).containsExactly(18, 12, -1, 1, 4.25, 0);
	}

	@Test
	void aSessionStillBookedNeitherReachesTheLandmarkNorCountsAsMissed() {
		// Sessions 1 and 2 attended with their measures; session 3 booked for next week
		// (its symptom measures already answered from the link): the client has not
		// reached the landmark until they come to it.
		EarlyCourse booked = course(null, session(1, Attendance.ATTENDED, 18.0, 12.0, 4.5),
				session(2, Attendance.ATTENDED, 17.0, 12.0, 4.0), session(3, Attendance.BOOKED, 15.0, 11.0, null));
		assertThat(this.features.reachedLandmark(booked)).isFalse();
		assertThat(this.features.of(booked)).isEmpty();
		// Session 2 booked and not yet recorded, session 3 attended: the booking is no
		// missed session.
		EarlyCourse cameThen = course(null, session(1, Attendance.ATTENDED, 18.0, 12.0, 4.5),
				session(2, Attendance.BOOKED, null, null, null), session(3, Attendance.ATTENDED, 16.0, 12.0, 4.5),
				session(4, Attendance.BOOKED, null, null, null));
		assertThat(this.features.of(cameThen).orElseThrow()).containsExactly(18, 12, -2, 0, 4.5, 0);
	}

	@Test
	void anEpisodeWithoutAMeasureHasNoFeatures() {
		EarlyCourse onePhq9 = course(null, session(1, Attendance.ATTENDED, 18.0, 12.0, 4.5),
				session(2, Attendance.ATTENDED, null, 12.0, 4.0), session(3, Attendance.ATTENDED, null, null, 4.0));
		assertThat(this.features.of(onePhq9)).isEmpty();
		EarlyCourse noEarlyAlliance = course(null, session(1, Attendance.ATTENDED, 18.0, 12.0, null),
				session(2, Attendance.ATTENDED, 17.0, 12.0, null), session(3, Attendance.ATTENDED, 16.0, null, 4.0));
		assertThat(this.features.of(noEarlyAlliance)).isEmpty();
	}

	/** Clients steady around 4.25 with session-to-session wobbles of 0.25. */
	private static ClinicAllianceNorms calmClinic() {
		List<ClientSeries> series = new ArrayList<>();
		for (int c = 0; c < 20; c++) {
			List<ClientSession> sessions = new ArrayList<>();
			for (int s = 1; s <= 6; s++) {
				sessions.add(ClientSession.ofTotal(s, 4.0 + 0.25 * ((c + s) % 3)));
			}
			series.add(new ClientSeries("c" + c, sessions));
		}
		return ClinicAllianceNorms.of(series);
	}

	private static EarlyCourse course(EndReason end, EarlyCourse.Session... sessions) {
		return new EarlyCourse(UUID.randomUUID(), UUID.randomUUID(), end, List.of(sessions));
	}

	private static EarlyCourse.Session session(int number, Attendance attendance, Double phq9, Double gad7,
			Double alliance) {
		return new EarlyCourse.Session(number, attendance, phq9, gad7,
				(alliance == null) ? Map.of() : Map.of(AllianceScale.TOTAL, alliance));
	}

}
