package org.alliance.signal;

import java.util.UUID;

import org.alliance.care.ClientReassigned;
import org.alliance.security.AuditAction;
import org.alliance.security.AuditTrail;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A client moved to another therapist takes their signals along, in the same transaction:
 * the new therapist works those still open (a risk answer among them) from their inbox at
 * once, and the old therapist no longer reaches any of them. Who acknowledged, worked and
 * resolved each stays on the signal and its steps. Audited per signal moved.
 */
@Component
class SignalsFollowTheClient {

	private final SignalRecords records;

	private final JdbcTemplate jdbc;

	SignalsFollowTheClient(SignalRecords records, JdbcTemplate jdbc) {
		this.records = records;
		this.jdbc = jdbc;
	}

	@EventListener
	void on(ClientReassigned reassigned) {
		for (UUID signal : this.records.moveToTherapist(reassigned.clinicId(), reassigned.clientId(),
				reassigned.toTherapistId())) {
			AuditTrail.append(this.jdbc,
					AuditTrail.entry(reassigned.clinicId(), reassigned.by(), AuditAction.UPDATE, "signal", signal));
		}
	}

}
