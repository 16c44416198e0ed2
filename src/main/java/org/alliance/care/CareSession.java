package org.alliance.care;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A booked therapy session, numbered within its episode from 1.
 */
public record CareSession(UUID id, UUID clinicId, UUID clientId, UUID episodeId, int number, LocalDate date,
		Attendance attendance) {
}
