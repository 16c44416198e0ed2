package org.alliance.outcome.dropout;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alliance.alliance.AllianceScale;
import org.alliance.care.Attendance;
import org.alliance.care.EndReason;

/**
 * One episode of care as the dropout model reads it: its booked sessions with attendance,
 * the PHQ-9 and GAD-7 totals and the client's own alliance check (per-item means by
 * scale) of each.
 *
 * @param episodeId the episode
 * @param clientId its client
 * @param end how it ended, or null while open
 * @param sessions by session number
 */
public record EarlyCourse(UUID episodeId, UUID clientId, EndReason end, List<Session> sessions) {

	public EarlyCourse {
		sessions = sessions.stream().sorted(Comparator.comparingInt(Session::number)).toList();
	}

	/**
	 * One booked session.
	 *
	 * @param number its number in the episode, from 1
	 * @param attendance whether the client came
	 * @param phq9 the PHQ-9 total, or null when not answered
	 * @param gad7 the GAD-7 total, or null
	 * @param alliance the client's alliance check as per-item means (1–5) by scale (bond,
	 * task, goal, total), empty when not answered
	 */
	public record Session(int number, Attendance attendance, Double phq9, Double gad7,
			Map<AllianceScale, Double> alliance) {

		public Session {
			alliance = Map.copyOf(alliance);
		}

	}

	/** Whether the episode has ended, whatever the reason. */
	public boolean finished() {
		return this.end != null;
	}

	/** Whether it ended in dropout (ending without agreement). */
	public boolean droppedOut() {
		return this.end == EndReason.DROPOUT;
	}

}
