package org.alliance.instrument;

import org.alliance.security.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The admin's list of instruments: which are available and which need the licensed text.
 */
@Controller
class InstrumentPages {

	private final InstrumentCatalog catalog;

	InstrumentPages(InstrumentCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/admin/instruments")
	String instruments(CurrentUser user, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("instruments", this.catalog.all());
		return "instrument/admin-instruments";
	}

}
