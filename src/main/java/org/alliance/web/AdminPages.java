package org.alliance.web;

import org.alliance.instrument.InstrumentCatalog;
import org.alliance.security.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The admin's pages.
 */
@Controller
class AdminPages {

	private final InstrumentCatalog catalog;

	AdminPages(InstrumentCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/admin/instruments")
	String instruments(CurrentUser user, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("instruments", this.catalog.all());
		return "admin-instruments";
	}

}
