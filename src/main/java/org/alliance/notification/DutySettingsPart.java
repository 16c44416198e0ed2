package org.alliance.notification;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.alliance.api.Forbidden;
import org.alliance.api.InvalidRequest;
import org.alliance.mail.EmailAddress;
import org.alliance.mail.Outbox;
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
 * The duty contact on the clinic's settings page, and whether email is on at all.
 */
@Controller
@Order(10)
class DutySettingsPart implements SettingsPagePart {

	private final DutyContact duty;

	private final Outbox outbox;

	private final SettingsPage page;

	DutySettingsPart(DutyContact duty, Outbox outbox, SettingsPage page) {
		this.duty = duty;
		this.outbox = outbox;
		this.page = page;
	}

	@Override
	public Fragment of(CurrentUser user) {
		Map<String, Object> values = new HashMap<>();
		values.put("emailOn", this.outbox.on());
		values.put("dutyEmail", this.duty.of(user.clinicId()).map(EmailAddress::value).orElse(""));
		return new Fragment("notification/settings-part", "duty", values);
	}

	@PostMapping("/admin/settings/duty")
	String save(CurrentUser user, @RequestParam(required = false) String dutyEmail, Model model,
			HttpServletResponse response) {
		if (!user.manages()) {
			throw new Forbidden("role", "Only an admin of the clinic changes its settings.");
		}
		try {
			this.duty.change(user, dutyEmail);
			return "redirect:/admin/settings?saved#duty";
		}
		catch (InvalidRequest ex) {
			PageProblems.show(model, response, ex, PageProblems.given("dutyEmail", dutyEmail));
			model.addAttribute("refusedForm", "duty");
			return this.page.show(user, model);
		}
	}

}
