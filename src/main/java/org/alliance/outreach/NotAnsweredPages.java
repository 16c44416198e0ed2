package org.alliance.outreach;

import java.time.ZoneId;

import org.alliance.mail.Outbox;
import org.alliance.security.Clinics;
import org.alliance.security.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /measures/not-answered}: the measures sent or handed out and not yet answered,
 * with "Send again" by email (the client page's send, {@link OutreachOnClientPage}, which
 * comes back here).
 */
@Controller
class NotAnsweredPages {

	private final NotAnswered list;

	private final Outbox outbox;

	private final Clinics clinics;

	NotAnsweredPages(NotAnswered list, Outbox outbox, Clinics clinics) {
		this.list = list;
		this.outbox = outbox;
		this.clinics = clinics;
	}

	@GetMapping("/measures/not-answered")
	String page(CurrentUser user, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("lines", this.list.of(user));
		model.addAttribute("emailOn", this.outbox.on());
		ZoneId zone = this.clinics.timeZone(user.clinicId());
		model.addAttribute("zone", zone);
		return "outreach/not-answered";
	}

}
