package org.alliance.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /account/mfa}: enrol an authenticator app (a new secret as a QR code and as
 * text, confirmed with a code), then ten recovery codes shown once. Changing the app, new
 * recovery codes and removing the second factor each ask again for the password and a
 * current code or a recovery code (OWASP ASVS 5.0, 6.4.6 and 7.5.1).
 */
@Controller
class SecondFactorPages {

	private static final String VIEW = "security/mfa";

	private final SecondFactors secondFactors;

	private final SignInProgress progress;

	private final WebSessions sessions;

	private final ClinicSettings clinics;

	SecondFactorPages(SecondFactors secondFactors, SignInProgress progress, WebSessions sessions,
			ClinicSettings clinics) {
		this.secondFactors = secondFactors;
		this.progress = progress;
		this.sessions = sessions;
		this.clinics = clinics;
	}

	@GetMapping("/account/mfa")
	String page(CurrentUser user, Model model) {
		if (this.secondFactors.enrolled(user.userId())) {
			return manage(user, model);
		}
		return enrol(user, this.secondFactors.pendingOrNew(user), model);
	}

	@PostMapping("/account/mfa/confirm")
	String confirm(@RequestParam(defaultValue = "") String code, CurrentUser user, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		Optional<List<String>> codes = this.secondFactors.confirmEnrolment(user, code);
		if (codes.isEmpty()) {
			refuse(model, response, "code", "That code does not match the new secret. Type the six digits your app"
					+ " shows for Alliance now.");
			return enrol(user, this.secondFactors.pendingOrNew(user), model);
		}
		if (!signedIn()) {
			this.progress.advance(request, response, WebSession.Stage.SIGNED_IN);
		}
		WebSessions.idOf(request).ifPresent(this.sessions::secondFactorProved);
		return recoveryCodes(user, codes.get(), model);
	}

	@PostMapping("/account/mfa/change")
	String change(@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String code,
			CurrentUser user, Model model, HttpServletResponse response) {
		if (!reauthenticated(user, password, code, model, response)) {
			return manage(user, model);
		}
		return enrol(user, this.secondFactors.startEnrolment(user), model);
	}

	@PostMapping("/account/mfa/recovery-codes")
	String newRecoveryCodes(@RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String code, CurrentUser user, Model model, HttpServletResponse response) {
		if (!reauthenticated(user, password, code, model, response)) {
			return manage(user, model);
		}
		return recoveryCodes(user, this.secondFactors.regenerateRecoveryCodes(user), model);
	}

	@PostMapping("/account/mfa/remove")
	String remove(@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String code,
			CurrentUser user, Model model, HttpServletResponse response) {
		if (this.secondFactors.required(user.userId())) {
			model.addAttribute("errors", Map.of("remove",
					"Your role requires a second factor: change your" + " authenticator app instead of removing it."));
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return manage(user, model);
		}
		if (!reauthenticated(user, password, code, model, response)) {
			return manage(user, model);
		}
		this.secondFactors.remove(user);
		return "redirect:/account/mfa?removed";
	}

	private boolean reauthenticated(CurrentUser user, String password, String code, Model model,
			HttpServletResponse response) {
		SecondFactors.Check check = this.secondFactors.reauthenticate(user, password, code);
		if (check instanceof SecondFactors.Check.Passed) {
			return true;
		}
		refuse(model, response, "reauthentication",
				(check instanceof SecondFactors.Check.Replayed)
						? "That code was used already. Wait for the next code of your app."
						: (check instanceof SecondFactors.Check.KeyMismatch) ? SecondFactors.KEY_MISMATCH
								: "Your password and a current code (or a recovery code) are needed for this.");
		return false;
	}

	private String enrol(CurrentUser user, TotpSecret secret, Model model) {
		String uri = secret.authenticatorUri(user.email());
		model.addAttribute("mode", "enrol");
		model.addAttribute("secret", secret.base32());
		model.addAttribute("qr", AuthenticatorQrCode.dataUrl(uri));
		return common(user, model);
	}

	private String manage(CurrentUser user, Model model) {
		model.addAttribute("mode", "manage");
		model.addAttribute("left", this.secondFactors.recoveryCodesLeft(user.userId()));
		return common(user, model);
	}

	private String recoveryCodes(CurrentUser user, List<String> codes, Model model) {
		model.addAttribute("mode", "codes");
		model.addAttribute("codes", codes);
		return common(user, model);
	}

	private String common(CurrentUser user, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("enrolled", this.secondFactors.enrolled(user.userId()));
		model.addAttribute("required", this.secondFactors.required(user.userId()));
		model.addAttribute("demo", this.clinics.demo(user.clinicId()));
		model.addAttribute("signedIn", signedIn());
		return VIEW;
	}

	private static void refuse(Model model, HttpServletResponse response, String field, String message) {
		model.addAttribute("errors", Map.of(field, message));
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
	}

	/** Whether the session is fully signed in, rather than held here to enrol first. */
	private static boolean signedIn() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.noneMatch((authority) -> SignInProgress.PENDING.equals(authority.getAuthority()));
	}

}
