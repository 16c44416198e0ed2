package org.alliance.security;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /admin/settings}: what the clinic says about itself (name, time zone, languages,
 * the crisis number a client reads after a risk answer), how long a risk signal may wait
 * for acknowledgement, and whether its therapists must sign in with a second factor
 * (admins and supervisors always must, except in the demo clinic).
 */
@Controller
class ClinicSettingsPages {

	private final ClinicSettings clinics;

	private final Clinics details;

	private final SettingsPage page;

	ClinicSettingsPages(ClinicSettings clinics, Clinics details, SettingsPage page) {
		this.clinics = clinics;
		this.details = details;
		this.page = page;
	}

	@GetMapping("/admin/settings")
	String page(CurrentUser user, Model model) {
		if (!model.containsAttribute("riskHours")) {
			model.addAttribute("riskHours", this.details.riskAcknowledgedWithin(user.clinicId()).toHours());
		}
		return this.page.show(user, model);
	}

	@PostMapping("/admin/settings")
	String save(@RequestParam(defaultValue = "false") boolean secondFactorForTherapists, CurrentUser user) {
		this.clinics.requireSecondFactorForTherapists(user, secondFactorForTherapists);
		return "redirect:/admin/settings?saved";
	}

	/**
	 * How long a risk signal may stay unacknowledged before the inbox, its page and the
	 * API show it as overdue (and duty clinicians are told).
	 */
	@PostMapping("/admin/settings/risk")
	String saveRisk(@RequestParam(defaultValue = "") String riskAcknowledgeHours, CurrentUser user, Model model,
			HttpServletResponse response) {
		try {
			this.details.setRiskAcknowledgedWithin(user, riskAcknowledgeHours);
			return "redirect:/admin/settings?saved";
		}
		catch (AccountRefused ex) {
			model.addAttribute("riskHours", riskAcknowledgeHours);
			model.addAttribute("riskErrors", Map.of(ex.field(), ex.getMessage()));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(user, model);
		}
	}

	@PostMapping("/admin/settings/clinic")
	String saveClinic(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String timeZone,
			@RequestParam(required = false) List<String> languages, @RequestParam(defaultValue = "") String crisisPhone,
			CurrentUser user, Model model, HttpServletResponse response) {
		ClinicDetails typed = new ClinicDetails(name, timeZone, (languages != null) ? String.join(",", languages) : "",
				crisisPhone);
		try {
			if (languages == null || languages.isEmpty()) {
				throw AccountRefused.invalid("languages", "Offer at least one language.");
			}
			this.details.update(user, typed);
			return "redirect:/admin/settings?saved";
		}
		catch (AccountRefused ex) {
			model.addAttribute("clinic", typed);
			model.addAttribute("errors", Map.of(ex.field(), ex.getMessage()));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(user, model);
		}
	}

}
