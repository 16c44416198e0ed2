package org.alliance.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /admin/settings}: whether the clinic's therapists must sign in with a second
 * factor (admins and supervisors always must, except in the demo clinic).
 */
@Controller
class ClinicSettingsPages {

	private final ClinicSettings clinics;

	ClinicSettingsPages(ClinicSettings clinics) {
		this.clinics = clinics;
	}

	@GetMapping("/admin/settings")
	String page(CurrentUser user, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("demo", this.clinics.demo(user.clinicId()));
		model.addAttribute("forTherapists", this.clinics.secondFactorForTherapists(user.clinicId()));
		return "security/settings";
	}

	@PostMapping("/admin/settings")
	String save(@RequestParam(defaultValue = "false") boolean secondFactorForTherapists, CurrentUser user) {
		this.clinics.requireSecondFactorForTherapists(user, secondFactorForTherapists);
		return "redirect:/admin/settings?saved";
	}

}
