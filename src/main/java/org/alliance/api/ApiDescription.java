package org.alliance.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;

import org.alliance.security.CurrentUser;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the JSON API: its name, the bearer token every route takes
 * (so that Swagger UI can send one), and no made-up parameter for the signed-in user,
 * whom the token names.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
	}

	@Bean
	OpenAPI allianceApi() {
		return new OpenAPI().info(new Info().title("Alliance API")
			.version("v1")
			.description(
					"Clients, sessions, measures, the alliance, outcomes and the inbox of signals. Errors are RFC 9457"
							+ " problem documents naming each bad field.")
			.license(new License().name("Apache-2.0")))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("alc_ token")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

}
