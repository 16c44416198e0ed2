package org.alliance.security;

import org.springdoc.core.customizers.ServerBaseUrlCustomizer;

import org.springframework.http.HttpRequest;
import org.springframework.stereotype.Component;

/**
 * The server named in the OpenAPI description (and so the one Swagger UI sends requests
 * to) is the configured public URL, not one made from the request's {@code Host} header.
 */
@Component
class ApiDocsServerUrl implements ServerBaseUrlCustomizer {

	private final PublicUrl publicUrl;

	ApiDocsServerUrl(PublicUrl publicUrl) {
		this.publicUrl = publicUrl;
	}

	@Override
	public String customize(String fromRequest, HttpRequest request) {
		return this.publicUrl.base();
	}

}
