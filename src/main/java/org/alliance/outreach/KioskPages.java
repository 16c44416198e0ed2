package org.alliance.outreach;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /kiosk}: the waiting room's tablet, where a client types the code their
 * therapist gave them and reaches their questionnaire, in English or Spanish. A refused
 * code is said beside the field in the chosen language, the same words for an unknown,
 * used or expired code.
 */
@Controller
class KioskPages {

	private static final Map<String, String> REFUSED = Map.of("en",
			"This code does not work: it is not known, was already used or has expired. Check it, or ask at the desk"
					+ " for a new one.",
			"es", "Este código no funciona: no es válido, ya se usó o ha caducado. Revíselo o pida uno nuevo en"
					+ " recepción.");

	private final KioskCodes codes;

	KioskPages(KioskCodes codes) {
		this.codes = codes;
	}

	@GetMapping("/kiosk")
	String page(@RequestParam(required = false) String lang, Locale locale, Model model) {
		model.addAttribute("lang", language(lang, locale));
		return "outreach/kiosk";
	}

	@PostMapping("/kiosk")
	String enter(@RequestParam(required = false) String code, @RequestParam(required = false) String lang,
			Locale locale, Model model, HttpServletRequest request, HttpServletResponse response) {
		String language = language(lang, locale);
		KioskCodes.Redeemed redeemed = this.codes.redeem(code, request.getRemoteAddr());
		if (redeemed instanceof KioskCodes.Redeemed.Opened opened) {
			return "redirect:" + opened.path() + "?lang=" + language;
		}
		model.addAttribute("lang", language);
		if (redeemed instanceof KioskCodes.Redeemed.Wait wait) {
			long seconds = Math.max(1, wait.duration().toSeconds());
			model.addAttribute("error",
					"es".equals(language)
							? "Demasiados intentos. Espere " + seconds + " segundos y vuelva a intentarlo."
							: "Too many tries. Please wait " + seconds + " seconds and try again.");
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		}
		else {
			model.addAttribute("error", REFUSED.get(language));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		return "outreach/kiosk";
	}

	private static String language(String lang, Locale locale) {
		if ("es".equals(lang) || "en".equals(lang)) {
			return lang;
		}
		return "es".equals(locale.getLanguage()) ? "es" : "en";
	}

}
