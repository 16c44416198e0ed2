package org.alliance.staff;

import jakarta.servlet.http.HttpServletResponse;

import org.alliance.security.AccountRefused;
import org.alliance.security.CurrentUser;
import org.alliance.security.PasswordPolicy;
import org.alliance.security.StaffAccounts;
import org.alliance.web.PageProblems;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /account}: the signed-in person's own account, and {@code /account/password} to
 * change the password, the current one required (OWASP ASVS 5.0 6.2.3). A change ends the
 * person's other sessions; this one stays signed in.
 */
@Controller
class AccountPages {

	private final StaffAccounts staff;

	AccountPages(StaffAccounts staff) {
		this.staff = staff;
	}

	@GetMapping("/account")
	String account(CurrentUser user, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("member", this.staff.member(user.clinicId(), user.userId()));
		return "staff/account";
	}

	@GetMapping("/account/password")
	String passwordForm(CurrentUser user, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
		model.addAttribute("recommendedLength", PasswordPolicy.RECOMMENDED_LENGTH);
		model.addAttribute("maxLength", PasswordPolicy.MAX_LENGTH);
		return "staff/password";
	}

	@PostMapping("/account/password")
	String changePassword(CurrentUser user, @RequestParam(required = false) String currentPassword,
			@RequestParam(required = false) String password, Model model, HttpServletResponse response) {
		try {
			this.staff.changePassword(user, currentPassword, password);
			return "redirect:/account?password-changed";
		}
		catch (AccountRefused ex) {
			PageProblems.show(model, response, AccountProblems.of(ex), PageProblems.given());
			return passwordForm(user, model);
		}
	}

}
