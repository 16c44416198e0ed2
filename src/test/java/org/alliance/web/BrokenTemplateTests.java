package org.alliance.web;

import org.alliance.PageSession;
import org.alliance.PageSession.Page;
import org.alliance.TestClinic;
import org.alliance.TestDatabases;
import org.alliance.security.ApiTokens;
import org.alliance.security.CurrentUser;
import org.alliance.security.UserAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page whose template fails half-way (a bug) still answers with the product's error
 * page and its status, never half a page sent with 200 nor a bare server page: pages are
 * rendered whole before they are sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(BrokenTemplateTests.BrokenPage.class)
class BrokenTemplateTests {

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	ApiTokens tokens;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

	@Test
	void aTemplateThatFailsHalfWayShowsTheErrorPage() {
		TestClinic clinic = TestClinic.create(this.accounts, this.tokens);
		PageSession pages = PageSession.signIn(this.port, clinic.therapist().email(), TestClinic.PASSWORD);
		Page page = pages.get("/test/broken");
		assertThat(page.status()).isEqualTo(500);
		assertThat(page.body()).doesNotContain("Half a page").contains("<html lang=\"en\"", "<main");
	}

	@TestConfiguration
	static class BrokenPage {

		@Controller
		static class Broken {

			@GetMapping("/test/broken")
			String broken(CurrentUser user, Model model) {
				model.addAttribute("user", user);
				// More than the server's response buffer, so that a page sent while it
				// renders would be on its way, with status 200, when the template fails.
				model.addAttribute("rows", java.util.Collections.nCopies(2000, "A line of the page before it fails."));
				return "test/broken";
			}

		}

	}

}
