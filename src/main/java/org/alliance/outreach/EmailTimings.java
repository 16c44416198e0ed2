package org.alliance.outreach;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.alliance.api.FieldProblem;
import org.alliance.api.InvalidRequest;
import org.alliance.security.AuditAction;
import org.alliance.security.AuditEntry;
import org.alliance.security.AuditTrail;
import org.alliance.security.CurrentUser;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each clinic's {@link EmailTiming}, {@link EmailTiming#DEFAULT} until its admin changes
 * it.
 */
@Component
class EmailTimings {

	private final JdbcTemplate jdbc;

	EmailTimings(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	EmailTiming of(UUID clinicId) {
		return this.jdbc.query("""
				select hours_before_session, reminder_after_hours, link_valid_hours from outreach_settings
				where clinic_id = ?""", (rs, i) -> new EmailTiming(rs.getInt(1), rs.getInt(2), rs.getInt(3)), clinicId)
			.stream()
			.findFirst()
			.orElse(EmailTiming.DEFAULT);
	}

	/**
	 * Changes the clinic's timing, audited.
	 * @throws InvalidRequest naming each field that is not a whole number of hours from 1
	 * to four weeks, or a reminder not before the link's expiry
	 */
	@Transactional
	EmailTiming change(CurrentUser admin, String before, String reminder, String valid) {
		List<FieldProblem> problems = new ArrayList<>();
		int hoursBefore = hours(problems, "hoursBeforeSession", before);
		int reminderAfter = hours(problems, "reminderAfterHours", reminder);
		int linkValid = hours(problems, "linkValidHours", valid);
		if (problems.isEmpty() && reminderAfter >= linkValid) {
			problems.add(new FieldProblem("reminderAfterHours", "Remind before the link expires."));
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequest(problems);
		}
		EmailTiming timing = new EmailTiming(hoursBefore, reminderAfter, linkValid);
		this.jdbc.update("delete from outreach_settings where clinic_id = ?", admin.clinicId());
		this.jdbc.update("""
				insert into outreach_settings (clinic_id, hours_before_session, reminder_after_hours, link_valid_hours)
				values (?, ?, ?, ?)""", admin.clinicId(), hoursBefore, reminderAfter, linkValid);
		AuditEntry entry = AuditTrail.entry(admin.clinicId(), admin.email(), AuditAction.UPDATE, "clinic",
				admin.clinicId());
		AuditTrail.append(this.jdbc,
				new AuditEntry(entry.clinicId(), entry.actor(), entry.action(), entry.resourceType(),
						entry.resourceId(), entry.remoteAddress(), entry.occurredAt(),
						"email timing: " + hoursBefore + " h before, reminder after " + reminderAfter
								+ " h, links valid " + linkValid + " h"));
		return timing;
	}

	private static int hours(List<FieldProblem> problems, String field, String typed) {
		try {
			int hours = Integer.parseInt((typed == null) ? "" : typed.strip());
			if (hours >= 1 && hours <= EmailTiming.LONGEST) {
				return hours;
			}
		}
		catch (NumberFormatException ex) {
			// said below
		}
		problems.add(new FieldProblem(field, "Give a whole number of hours from 1 to " + EmailTiming.LONGEST + "."));
		return 0;
	}

}
