package org.alliance.measure;

import java.util.List;
import java.util.UUID;

import org.alliance.security.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Issuing clients' personal links over the JSON API.
 */
@RestController
@RequestMapping("/api/v1")
class ClientLinkApiController {

	private final ClientLinks links;

	ClientLinkApiController(ClientLinks links) {
		this.links = links;
	}

	/** 201 with the link's path; the token is shown only here. */
	@PostMapping("/sessions/{id}/links")
	@ResponseStatus(HttpStatus.CREATED)
	IssuedLink issue(CurrentUser user, @PathVariable UUID id, @RequestBody(required = false) LinkRequest body) {
		return this.links.issue(user, id, (body != null) ? body.instruments() : null);
	}

	record LinkRequest(List<String> instruments) {
	}

}
