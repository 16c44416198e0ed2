package org.alliance.care;

import java.util.UUID;

/**
 * A session's attendance was recorded or changed, e.g. a booked session became attended:
 * what counts sessions as attended (task due sessions, dropout landmarks) may judge the
 * client again.
 */
public record AttendanceRecorded(UUID clinicId, UUID clientId, UUID episodeId, UUID sessionId, int number,
		Attendance attendance) {

	static AttendanceRecorded of(CareSession session) {
		return new AttendanceRecorded(session.clinicId(), session.clientId(), session.episodeId(), session.id(),
				session.number(), session.attendance());
	}

}
