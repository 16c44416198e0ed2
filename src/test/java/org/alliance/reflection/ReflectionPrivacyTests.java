package org.alliance.reflection;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.alliance.ApiClient;
import org.alliance.ApiClient.Reply;
import org.alliance.PageSession;
import org.alliance.PageSession.Page;
import org.alliance.ServerOnH2;
import org.alliance.TestClinic;
import org.alliance.TestClinic.Person;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reflection notes are their author's alone (issue #10, point 5): the client's
 * supervisor, the clinic's admin and another therapist cannot read them through any
 * route, no export (the episode report's page and PDF) or other API listing holds them,
 * even for their author, and every read by the author is audited. Each refusal is checked
 * beside the author's own read of the same thing, so that a test of absence cannot pass
 * because nothing was written.
 */
class ReflectionPrivacyTests extends ServerOnH2 {

	private static TestClinic clinic;

	private static String client;

	private static String session;

	private static String episode;

	private static String secret;

	private static String noteId;

	@BeforeEach
	void writeOneNoteOnce() {
		if (clinic != null) {
			return;
		}
		clinic = newClinic();
		ApiClient api = new ApiClient(this.port);
		String token = clinic.therapist().token();
		LocalDate start = LocalDate.now().minusWeeks(3);
		client = api
			.post("/api/v1/clients", token,
					"{\"pseudonym\":\"Private " + UUID.randomUUID().toString().substring(0, 8) + "\",\"therapist\":\""
							+ clinic.therapist().email() + "\",\"episodeStart\":\"" + start + "\"}")
			.id();
		for (int number = 1; number <= 2; number++) {
			session = api
				.post("/api/v1/clients/" + client + "/sessions", token,
						"{\"number\":" + number + ",\"date\":\"" + start.plusWeeks(number)
								+ "\",\"attendance\":\"attended\"}")
				.id();
			created(api.post("/api/v1/sessions/" + session + "/responses", token,
					"{\"instrument\":\"phq9\",\"respondent\":\"client\",\"answers\":{\"1\":2,\"2\":2,\"3\":1,\"4\":1,"
							+ "\"5\":1,\"6\":1,\"7\":1,\"8\":0,\"9\":0}}",
					UUID.randomUUID().toString()));
			created(api.post("/api/v1/sessions/" + session + "/responses", token,
					"{\"instrument\":\"alliance-check\",\"respondent\":\"client\",\"answers\":{\"1\":4,\"2\":4,\"3\":4,"
							+ "\"4\":4,\"5\":4,\"6\":4,\"7\":4,\"8\":\"Talk about work.\"}}",
					UUID.randomUUID().toString()));
		}
		episode = api.get("/api/v1/clients/" + client + "/episodes", token).json().get(0).get("id").asString();
		secret = "SECRET-" + UUID.randomUUID();
		Reply written = api.post("/api/v1/sessions/" + session + "/reflections", token,
				"{\"text\":\"Sleepy again when " + secret + " came up.\",\"tags\":[\"boredom\",\"irritation\"]}");
		created(written);
		noteId = written.id();
		assertThat(written.json().get("tags").toString()).isEqualTo("[\"boredom\",\"irritation\"]");
	}

	@Test
	void theAuthorReadsTheirNoteBackAndEveryReadIsAudited() {
		ApiClient api = new ApiClient(this.port);
		String author = clinic.therapist().email();
		assertThat(audited(author, "CREATE", "reflection-note", noteId)).isEqualTo(1);

		long before = audited(author, "READ", "reflection-note-list", session);
		JsonNode notes = api.get("/api/v1/sessions/" + session + "/reflections", clinic.therapist().token()).json();
		assertThat(notes).hasSize(1);
		assertThat(notes.get(0).get("text").asString()).contains(secret);
		assertThat(notes.get(0).get("sessionNumber").asInt()).isEqualTo(2);
		assertThat(audited(author, "READ", "reflection-note-list", session)).isEqualTo(before + 1);

		PageSession pages = PageSession.signIn(this.port, author, TestClinic.PASSWORD);
		assertThat(pages.get("/sessions/" + session + "/reflections").body()).contains(secret, ">boredom<");
		assertThat(audited(author, "READ", "reflection-note-list", session)).isEqualTo(before + 2);

		long aboutClient = audited(author, "READ", "reflection-note-list", client);
		assertThat(pages.get("/clients/" + client).body()).contains(secret, "id=\"reflections\"");
		assertThat(pages.get("/clients/" + client + "/brief").body()).contains(secret);
		assertThat(audited(author, "READ", "reflection-note-list", client)).isEqualTo(aboutClient + 2);

		long patterns = audited(author, "READ", "reflection-patterns", clinic.therapist().account().id().toString());
		String page = pages.get("/reflections").body();
		assertThat(page).contains(secret, "id=\"tag-count-boredom\"");
		assertThat(audited(author, "READ", "reflection-patterns", clinic.therapist().account().id().toString()))
			.isEqualTo(patterns + 1);

		// The audit trail names the note and the session, never what the note says.
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where coalesce(detail, '') like ? or coalesce(resource_id, '') like ?",
				Long.class, "%" + secret + "%", "%" + secret + "%"))
			.isZero();
	}

	@Test
	void theSupervisorAndAnotherTherapistAreAnsweredAsForASessionThatDoesNotExist() {
		ApiClient api = new ApiClient(this.port);
		String unknown = UUID.randomUUID().toString();
		for (Person person : List.of(clinic.supervisor(), clinic.otherTherapist())) {
			Reply real = api.get("/api/v1/sessions/" + session + "/reflections", person.token());
			Reply none = api.get("/api/v1/sessions/" + unknown + "/reflections", person.token());
			assertThat(real.status()).as(person.email()).isEqualTo(404);
			assertThat(real.body().replace(session, "ID")).isEqualTo(none.body().replace(unknown, "ID"));
			assertThat(real.body()).doesNotContain(secret);

			Reply write = api.post("/api/v1/sessions/" + session + "/reflections", person.token(),
					"{\"text\":\"Not mine to write.\"}");
			assertThat(write.status()).as(person.email()).isEqualTo(404);

			PageSession pages = PageSession.signIn(this.port, person.email(), TestClinic.PASSWORD);
			Page page = pages.get("/sessions/" + session + "/reflections");
			assertThat(page.status()).as(person.email()).isEqualTo(404);
			assertThat(page.body()).doesNotContain(secret);
			// Each attempt is in the audit trail as a refusal, as on any other route.
			assertThat(refused(person.email(), "api", "/api/v1/sessions/" + session + "/reflections")).isEqualTo(2);
			assertThat(refused(person.email(), "page", "/sessions/" + session + "/reflections")).isEqualTo(1);
			Page patterns = pages.get("/reflections");
			assertThat(patterns.status()).isEqualTo(200);
			assertThat(patterns.body()).doesNotContain(secret).contains("0 notes about 0 clients");
		}
		// An admin account reads no clinical record at all: refused for its role, whether
		// or
		// not the session exists.
		Person admin = clinic.admin();
		assertThat(api.get("/api/v1/sessions/" + session + "/reflections", admin.token()).status()).isEqualTo(403);
		assertThat(api.get("/api/v1/sessions/" + unknown + "/reflections", admin.token()).status()).isEqualTo(403);
		assertThat(api
			.post("/api/v1/sessions/" + session + "/reflections", admin.token(), "{\"text\":\"Not mine to write.\"}")
			.status()).isEqualTo(403);
		PageSession adminPages = PageSession.signIn(this.port, admin.email(), TestClinic.PASSWORD);
		assertThat(adminPages.get("/sessions/" + session + "/reflections").body()).doesNotContain(secret);
		assertThat(adminPages.get("/reflections").status()).isEqualTo(403);
		assertThat(this.jdbc.queryForObject("select count(*) from reflection_note where session_id = ?", Long.class,
				UUID.fromString(session)))
			.isEqualTo(1);
	}

	@Test
	void theClientPageTheBriefAndTheReportShowNoNoteToTheSupervisor() {
		for (Person person : List.of(clinic.supervisor())) {
			PageSession pages = PageSession.signIn(this.port, person.email(), TestClinic.PASSWORD);
			Page clientPage = pages.get("/clients/" + client);
			assertThat(clientPage.status()).isEqualTo(200);
			assertThat(clientPage.body()).as(person.email())
				.contains("Private ")
				.doesNotContain(secret)
				.doesNotContain("id=\"reflections\"");
			Page brief = pages.get("/clients/" + client + "/brief");
			assertThat(brief.status()).isEqualTo(200);
			assertThat(brief.body()).doesNotContain(secret).doesNotContain("id=\"reflections\"");
			assertThat(pages.get(report()).body()).contains("id=\"report-session-2\"").doesNotContain(secret);
		}
	}

	@Test
	void theEpisodeReportPageAndPdfHoldNoNoteEvenForItsAuthor() throws IOException {
		PageSession pages = PageSession.signIn(this.port, clinic.therapist().email(), TestClinic.PASSWORD);
		String page = pages.get(report()).body();
		assertThat(page).contains("id=\"report-session-2\"").doesNotContain(secret).doesNotContain("Sleepy again");
		for (Person person : List.of(clinic.therapist(), clinic.supervisor())) {
			PageSession reader = PageSession.signIn(this.port, person.email(), TestClinic.PASSWORD);
			try (PDDocument pdf = Loader.loadPDF(reader.download(report() + ".pdf"))) {
				String text = new PDFTextStripper().getText(pdf);
				assertThat(text).contains("Episode report").doesNotContain(secret).doesNotContain("Sleepy again");
			}
		}
	}

	@Test
	void noApiListingButTheAuthorsOwnHoldsTheNote() {
		ApiClient api = new ApiClient(this.port);
		List<String> routes = List.of("/api/v1/clients", "/api/v1/clients/" + client,
				"/api/v1/clients/" + client + "/episodes", "/api/v1/clients/" + client + "/sessions",
				"/api/v1/clients/" + client + "/responses", "/api/v1/clients/" + client + "/alliance",
				"/api/v1/clients/" + client + "/outcome", "/api/v1/signals", "/api/v1/clinic/outcomes");
		for (Person person : List.of(clinic.therapist(), clinic.supervisor(), clinic.admin())) {
			for (String route : routes) {
				Reply reply = api.get(route, person.token());
				assertThat(reply.status()).as(person.email() + " " + route).isIn(200, 403);
				assertThat(reply.body()).as(person.email() + " " + route).doesNotContain(secret);
			}
		}
		// The author's own listing is the one route that has it (the control of this
		// test), and the API description lists no other route about reflections.
		assertThat(api.get("/api/v1/sessions/" + session + "/reflections", clinic.therapist().token()).body())
			.contains(secret);
		JsonNode paths = api.get("/v3/api-docs", clinic.therapist().token()).json().get("paths");
		List<String> reflectionPaths = paths.propertyNames().stream().filter((p) -> p.contains("reflection")).toList();
		assertThat(reflectionPaths).containsExactly("/api/v1/sessions/{id}/reflections");
		JsonNode route = paths.get("/api/v1/sessions/{id}/reflections");
		for (String method : List.of("get", "post")) {
			assertThat(route.get(method).get("description").asString()).contains("private to their author",
					"answered 404, exactly as for a session that does not exist");
			assertThat(route.get(method).get("responses").has("404")).isTrue();
		}
		assertThat(route.get("post").get("description").asString()).contains("boredom, irritation, protectiveness");
		assertThat(paths.get("/api/v1/sessions/{id}/responses").get("post").get("description").asString())
			.contains("onBehalf true");
	}

	@Test
	void noModuleReadsTheReflectionModuleButTheDemoSeederWritingNotesAsTheirAuthor() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.alliance");
		assertThat(classes.stream().filter((c) -> c.getPackageName().startsWith("org.alliance.reflection")))
			.isNotEmpty();
		ArchRuleDefinition.noClasses()
			.that()
			.resideOutsideOfPackage("org.alliance.reflection..")
			.and()
			.doNotHaveFullyQualifiedName("org.alliance.command.DemoReflections")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.alliance.reflection..")
			.because("reflection notes are their author's alone: no report, export or listing may reach them")
			.check(classes);
	}

	@Test
	void badInputIsRefusedNamingTheField() {
		ApiClient api = new ApiClient(this.port);
		String path = "/api/v1/sessions/" + session + "/reflections";
		String token = clinic.therapist().token();
		Reply unknownTag = api.post(path, token, "{\"text\":\"x\",\"tags\":[\"boredom\",\"anger\"]}");
		assertThat(unknownTag.status()).isEqualTo(422);
		assertThat(field(unknownTag)).isEqualTo("tags.1");
		assertThat(unknownTag.body()).contains("Use one of: boredom, irritation");
		Reply blank = api.post(path, token, "{\"text\":\"  \"}");
		assertThat(blank.status()).isEqualTo(422);
		assertThat(field(blank)).isEqualTo("text");
		Reply tooLong = api.post(path, token, "{\"text\":\"" + "x".repeat(4001) + "\"}");
		assertThat(tooLong.status()).isEqualTo(422);
		assertThat(field(tooLong)).isEqualTo("text");
		Reply notAList = api.post(path, token, "{\"text\":\"x\",\"tags\":\"boredom\"}");
		assertThat(notAList.status()).isEqualTo(400);
		assertThat(notAList.body()).contains("tags");
		Reply unknownName = api.post(path, token, "{\"text\":\"x\",\"mood\":\"low\"}");
		assertThat(unknownName.status()).isEqualTo(400);
		assertThat(unknownName.body()).contains("mood");

		PageSession pages = PageSession.signIn(this.port, clinic.therapist().email(), TestClinic.PASSWORD);
		pages.get("/sessions/" + session + "/reflections");
		Page refused = pages.post("/sessions/" + session + "/reflections", Map.of("text", " ", "tags", "boredom"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.errorBeside("text")).isEqualTo("Give a value; it must not be blank.");
		assertThat(refused.body()).contains("id=\"tag-boredom\" checked");
		assertThat(this.jdbc.queryForObject("select count(*) from reflection_note where session_id = ?", Long.class,
				UUID.fromString(session)))
			.isEqualTo(1);
	}

	private String report() {
		return "/clients/" + client + "/episodes/" + episode + "/report";
	}

	private long audited(String actor, String action, String type, String id) {
		return this.jdbc.queryForObject(
				"select count(*) from audit_event where actor = ? and action = ? and resource_type = ? and resource_id = ?",
				Long.class, actor, action, type, id);
	}

	private long refused(String actor, String type, String path) {
		return this.jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = 'REFUSED'"
				+ " and resource_type = ? and resource_id = ?", Long.class, actor, type, path);
	}

	private static String field(Reply reply) {
		return reply.json().get("errors").get(0).get("field").asString();
	}

	private static void created(Reply reply) {
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
	}

}
