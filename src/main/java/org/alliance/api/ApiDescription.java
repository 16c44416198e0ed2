package org.alliance.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.alliance.security.CurrentUser;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the JSON API: its name, the bearer token every route takes
 * (so that Swagger UI can send one), and no made-up parameter for the signed-in user,
 * whom the token names. Each controller declares the refusals its own rules give (403,
 * 404, 409, 422); the refusals every route shares are added here, where they are made:
 * 401 by the API's security door for a missing or invalid token, and 400 by
 * {@link ApiProblemHandler} for a request it cannot read (a path variable, parameter,
 * header or body of the wrong form). Every refusal is an RFC 9457 problem document
 * ({@code application/problem+json}) with the API's {@code errors} member.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

	private static final String PROBLEM = "Problem";

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

	@Bean
	OpenApiCustomizer sharedRefusals() {
		return (api) -> {
			api.getComponents().addSchemas(PROBLEM, problemSchema());
			api.getPaths()
				.entrySet()
				.stream()
				.filter((path) -> path.getKey().startsWith("/api/"))
				.flatMap((path) -> path.getValue().readOperations().stream())
				.forEach(ApiDescription::shareRefusals);
		};
	}

	private static void shareRefusals(Operation operation) {
		ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
		operation.setResponses(responses);
		boolean takesInput = (operation.getParameters() != null && !operation.getParameters().isEmpty())
				|| operation.getRequestBody() != null;
		if (takesInput) {
			responses.putIfAbsent("400", new ApiResponse().description(
					"A request that cannot be read: a path variable, parameter, header or body of the wrong form"));
		}
		responses.putIfAbsent("401",
				new ApiResponse().description("No valid API token: send one as Authorization: Bearer <token>"));
		// The refusals answer a problem document, never the operation's own answer.
		responses.forEach((status, response) -> {
			if (status.startsWith("4")) {
				response.setContent(new Content().addMediaType("application/problem+json",
						new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
			}
		});
	}

	private static Schema<?> problemSchema() {
		Schema<?> fieldProblem = new ObjectSchema().description("One bad field of the request")
			.addProperty("field", new StringSchema().description("The field's path, e.g. answers.3"))
			.addProperty("message", new StringSchema().description("What is wrong with it"));
		return new ObjectSchema().description("An RFC 9457 problem document naming each bad field")
			.addProperty("type", new StringSchema().description("urn:alliance:problem: and the kind of refusal"))
			.addProperty("status", new IntegerSchema())
			.addProperty("detail", new StringSchema())
			.addProperty("errors", new ArraySchema().items(fieldProblem));
	}

}
