package org.alliance.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alliance.ApiClient;
import org.alliance.ApiClient.Reply;
import org.alliance.ServerOnH2;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's reference is the description the running server gives of itself
 * ({@code /v3/api-docs}), written on every {@code mvn verify} to
 * {@code target/generated-docs/openapi.json}; {@code mvn verify -Pdocs} copies it to
 * {@code docs/reference/openapi.json}. It is written only once every operation says what
 * it does (a summary and a description), belongs to a group the description explains (a
 * tag with a description), and names its refusals as problem documents.
 */
class ApiReferenceTests extends ServerOnH2 {

	static final Path FILE = Path.of("target", "generated-docs", "openapi.json");

	private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

	private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	@Test
	void everyOperationIsDescribedAndTheReferenceIsWritten() throws IOException {
		Reply reply = new ApiClient(this.port).get("/v3/api-docs", newClinic().therapist().token());
		assertThat(reply.status()).isEqualTo(200);
		ObjectNode description = (ObjectNode) reply.json();
		Set<String> explainedTags = new HashSet<>();
		description.get("tags").forEach((tag) -> {
			if (!text(tag, "description").isBlank()) {
				explainedTags.add(text(tag, "name"));
			}
		});
		List<String> operations = new ArrayList<>();
		List<String> faults = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : description.get("paths").properties()) {
			if (!path.getKey().startsWith("/api/")) {
				continue;
			}
			for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
				if (!METHODS.contains(entry.getKey())) {
					continue;
				}
				String name = entry.getKey().toUpperCase() + " " + path.getKey();
				operations.add(name);
				faults.addAll(faultsOf(name, entry.getValue(), explainedTags));
			}
		}
		assertThat(operations).hasSizeGreaterThan(50);
		assertThat(faults).isEmpty();
		// The test server's random port is no part of the reference.
		description.remove("servers");
		Files.createDirectories(FILE.getParent());
		Files.writeString(FILE, PRETTY.writeValueAsString(description) + "\n");
	}

	private static List<String> faultsOf(String name, JsonNode operation, Set<String> explainedTags) {
		List<String> faults = new ArrayList<>();
		if (text(operation, "summary").isBlank()) {
			faults.add(name + ": no summary");
		}
		if (text(operation, "description").isBlank()) {
			faults.add(name + ": no description");
		}
		JsonNode tags = operation.get("tags");
		if (tags == null || tags.isEmpty()) {
			faults.add(name + ": no tag");
		}
		else {
			tags.forEach((tag) -> {
				if (!explainedTags.contains(tag.asString())) {
					faults.add(name + ": tag " + tag.asString() + " has no description");
				}
			});
		}
		JsonNode responses = operation.get("responses");
		boolean answers = false;
		for (Map.Entry<String, JsonNode> response : responses.properties()) {
			String status = response.getKey();
			answers |= status.startsWith("2");
			if (status.startsWith("4")
					&& response.getValue().path("content").path("application/problem+json").isMissingNode()) {
				faults.add(name + ": " + status + " is no problem document");
			}
		}
		if (!answers) {
			faults.add(name + ": no answer when it succeeds");
		}
		if (!responses.has("401")) {
			faults.add(name + ": no 401 for a missing token");
		}
		return faults;
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value != null && value.isString()) ? value.asString() : "";
	}

}
