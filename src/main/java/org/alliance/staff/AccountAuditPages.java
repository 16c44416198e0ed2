package org.alliance.staff;

import org.alliance.security.AccountHistory;
import org.alliance.security.Clinics;
import org.alliance.security.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /admin/audit}: the clinic's account events, newest first, each person as name
 * and email so that a chosen name cannot pass for another person's.
 */
@Controller
class AccountAuditPages {

	/** A page long enough for months of a small clinic's account events. */
	private static final int SHOWN = 500;

	private final AccountHistory history;

	private final Clinics clinics;

	AccountAuditPages(AccountHistory history, Clinics clinics) {
		this.history = history;
		this.clinics = clinics;
	}

	@GetMapping("/admin/audit")
	String audit(CurrentUser user, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("events", this.history.of(user.clinicId(), AccountHistory.ACCOUNT_EVENTS, SHOWN));
		model.addAttribute("shown", SHOWN);
		model.addAttribute("zone", this.clinics.timeZone(user.clinicId()));
		return "staff/audit";
	}

}
