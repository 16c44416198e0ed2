package org.alliance.outreach;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.alliance.api.Forbidden;
import org.alliance.api.InvalidRequest;
import org.alliance.security.CurrentUser;
import org.alliance.security.SettingsPage;
import org.alliance.security.SettingsPagePart;
import org.alliance.web.PageProblems;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The timing of emailed measures on the clinic's settings page.
 */
@Controller
@Order(20)
class TimingSettingsPart implements SettingsPagePart {

	private final EmailTimings timings;

	private final SettingsPage page;

	TimingSettingsPart(EmailTimings timings, SettingsPage page) {
		this.timings = timings;
		this.page = page;
	}

	@Override
	public Fragment of(CurrentUser user) {
		return new Fragment("outreach/settings-part", "timing", Map.of("timing", this.timings.of(user.clinicId())));
	}

	@PostMapping("/admin/settings/email-timing")
	String save(CurrentUser user, @RequestParam(required = false) String hoursBeforeSession,
			@RequestParam(required = false) String reminderAfterHours,
			@RequestParam(required = false) String linkValidHours, Model model, HttpServletResponse response) {
		if (!user.manages()) {
			throw new Forbidden("role", "Only an admin of the clinic changes its settings.");
		}
		try {
			this.timings.change(user, hoursBeforeSession, reminderAfterHours, linkValidHours);
			return "redirect:/admin/settings?saved#timing";
		}
		catch (InvalidRequest ex) {
			PageProblems.show(model, response, ex, PageProblems.given("hoursBeforeSession", hoursBeforeSession,
					"reminderAfterHours", reminderAfterHours, "linkValidHours", linkValidHours));
			model.addAttribute("refusedForm", "timing");
			return this.page.show(user, model);
		}
	}

}
