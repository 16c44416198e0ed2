package org.alliance.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.alliance.ApiClient;
import org.alliance.ApiClient.Reply;
import org.alliance.PageSession;
import org.alliance.ServerOnH2;
import org.alliance.TestClinic;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request bodies are capped over a real port: an API body above 1 MiB is refused with a
 * 413 problem document before it is read whole, whether its length is declared or not;
 * what gets through is parsed within Jackson's read limits; a page form above 256 KB is
 * refused by the connector. Each refusal stores nothing.
 */
class RequestBodyCapTests extends ServerOnH2 {

	private static final int MIB = 1024 * 1024;

	@Test
	void aSixtyMegabyteBodyIsRefusedWith413BeforeItIsSentWhole() throws IOException {
		TestClinic clinic = newClinic();
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("POST /api/v1/clients HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
					+ clinic.therapist().token() + "\r\nContent-Type: application/json\r\nContent-Length: "
					+ (60L * MIB) + "\r\n\r\n{\"pseudonym\":\"")
				.getBytes(StandardCharsets.US_ASCII));
			// Only the first 64 KB are sent: the answer must not wait for the rest.
			out.write("a".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII));
			out.flush();
			String answer = head(socket.getInputStream());
			assertThat(answer).startsWith("HTTP/1.1 413");
			assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json");
			assertThat(answer).contains("\"field\":\"body\"", "at most 1048576 bytes");
		}
		assertThat(clientsOf(clinic)).isZero();
	}

	@Test
	void aBodyWithoutADeclaredLengthIsCutOffAtTheCap() throws Exception {
		TestClinic clinic = newClinic();
		// Two mebibytes of blanks before a small, valid body: no field is too long, the
		// body is.
		byte[] body = (" ".repeat(2 * MIB) + "{\"pseudonym\":\"Chunked\",\"therapist\":\"" + clinic.therapist().email()
				+ "\"}")
			.getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> reply = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v1/clients"))
				.header("Authorization", "Bearer " + clinic.therapist().token())
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(reply.statusCode()).isEqualTo(413);
		assertThat(reply.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(reply.body()).contains("\"field\":\"body\"");
		assertThat(clientsOf(clinic)).isZero();
	}

	@Test
	void aBodyUnderTheCapIsStillReadWithinJacksonsLimits() {
		TestClinic clinic = newClinic();
		ApiClient api = new ApiClient(this.port);
		String email = clinic.therapist().email();
		// 150,000 characters of text: under the body cap, over the longest text read.
		Reply longText = api.post("/api/v1/clients", clinic.therapist().token(),
				"{\"pseudonym\":\"" + "p".repeat(150_000) + "\",\"therapist\":\"" + email + "\"}");
		assertThat(longText.status()).isEqualTo(400);
		assertThat(longText.contentType()).startsWith("application/problem+json");
		assertThat(longText.body()).contains("longer, or nested deeper, than the API reads");
		// A number of 60 digits is refused as too long before it is converted.
		Reply longNumber = api.post("/api/v1/clients", clinic.therapist().token(),
				"{\"pseudonym\":\"N\",\"therapist\":\"" + email + "\",\"x\":" + "9".repeat(60) + "}");
		assertThat(longNumber.status()).isEqualTo(400);
		assertThat(longNumber.body()).contains("longer, or nested deeper, than the API reads");
		// Nested 40 deep: refused at the 33rd level, not walked to the bottom.
		Reply deep = api.post("/api/v1/clients", clinic.therapist().token(),
				"{\"x\":" + "[".repeat(40) + "]".repeat(40) + "}");
		assertThat(deep.status()).isEqualTo(400);
		assertThat(deep.contentType()).startsWith("application/problem+json");
		assertThat(clientsOf(clinic)).isZero();
	}

	@Test
	void aPageFormAboveTheConnectorLimitIsRefusedAndStoresNothing() {
		TestClinic clinic = newClinic();
		PageSession pages = PageSession.signIn(this.port, clinic.therapist().email(), TestClinic.PASSWORD);
		PageSession.Page refused = pages.post("/clients",
				Map.of("pseudonym", "F", "episodeStart", LocalDate.now().toString(), "padding", "x".repeat(300_000)));
		assertThat(refused.status()).isBetween(400, 499);
		assertThat(clientsOf(clinic)).isZero();
		// A form of ordinary size still goes through.
		pages.get("/clients");
		assertThat(
				pages.post("/clients", Map.of("pseudonym", "F", "episodeStart", LocalDate.now().toString())).status())
			.isEqualTo(302);
	}

	private int clientsOf(TestClinic clinic) {
		return this.jdbc.queryForObject("select count(*) from client where clinic_id = ?", Integer.class, clinic.id());
	}

	/** The status line, headers and what of the body came, up to the server's close. */
	private static String head(InputStream in) throws IOException {
		StringBuilder text = new StringBuilder();
		byte[] buffer = new byte[8192];
		int n;
		while ((n = in.read(buffer)) > 0 && text.length() < 64 * 1024) {
			text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
			if (text.indexOf("\r\n\r\n") > 0 && text.indexOf("}") > 0) {
				break;
			}
		}
		return text.toString();
	}

}
