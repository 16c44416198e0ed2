package org.alliance.security;

import java.time.Duration;
import java.util.List;

import org.alliance.ApiClient;
import org.alliance.ApiClient.Reply;
import org.alliance.TestClinic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * API tokens expire and can be revoked (issue #7), over a real port: a refused token is
 * answered 401 with a problem document, from the very next request on. Run against H2 and
 * PostgreSQL by the subclasses.
 */
abstract class ApiTokenLifecycleTests {

	private static final String INSTRUMENTS = "/api/v1/instruments";

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	ApiTokens tokens;

	TestClinic clinic;

	ApiClient api;

	@BeforeEach
	void openClinic() {
		this.clinic = TestClinic.create(this.accounts, this.tokens);
		this.api = new ApiClient(this.port);
	}

	@Test
	void anExpiredTokenIsRefusedWith401() throws InterruptedException {
		IssuedApiToken issued = this.tokens.issue(this.clinic.therapist().email(), Duration.ofSeconds(2));
		assertThat(this.api.get(INSTRUMENTS, issued.token()).status()).isEqualTo(200);
		while (java.time.Instant.now().isBefore(issued.expiresAt().plusMillis(100))) {
			Thread.sleep(100);
		}
		assertRefused(this.api.get(INSTRUMENTS, issued.token()));
	}

	@Test
	void aRevokedTokenIsRefusedOnTheVeryNextRequest() {
		IssuedApiToken issued = this.tokens.issue(this.clinic.therapist().email(), Duration.ofDays(1));
		assertThat(this.api.get(INSTRUMENTS, issued.token()).status()).isEqualTo(200);

		ApiTokenRecord revoked = this.tokens.revoke(issued.id());

		assertRefused(this.api.get(INSTRUMENTS, issued.token()));
		assertThat(revoked.status(java.time.Instant.now())).isEqualTo("revoked");
		// The account's other token is untouched.
		assertThat(this.api.get(INSTRUMENTS, this.clinic.therapist().token()).status()).isEqualTo(200);
	}

	@Test
	void revokingEveryTokenOfAnAccountRefusesEachOfThem() {
		String second = this.tokens.issue(this.clinic.supervisor().email());
		assertThat(this.api.get(INSTRUMENTS, second).status()).isEqualTo(200);

		int revoked = this.tokens.revokeAll(this.clinic.supervisor().email());

		assertThat(revoked).isEqualTo(2);
		assertRefused(this.api.get(INSTRUMENTS, this.clinic.supervisor().token()));
		assertRefused(this.api.get(INSTRUMENTS, second));
		assertThat(this.api.get(INSTRUMENTS, this.clinic.admin().token()).status()).isEqualTo(200);
		assertThat(this.tokens.revokeAll(this.clinic.supervisor().email())).isZero();
	}

	@Test
	void aNewTokenExpiresAfterTheDefaultNinetyDays() {
		List<ApiTokenRecord> listed = this.tokens.list(this.clinic.admin().email());
		assertThat(listed).hasSize(1);
		ApiTokenRecord token = listed.get(0);
		// Issue #7: "give them an expiry (default 90 days, configurable)".
		assertThat(Duration.between(token.createdAt(), token.expiresAt())).isEqualTo(Duration.ofDays(90));
		assertThat(token.revokedAt()).isNull();
	}

	@Test
	void aListedTokenCarriesItsIdButNeverItsSecretOrHash() {
		String token = this.clinic.otherTherapist().token();
		ApiTokenRecord listed = this.tokens.list(this.clinic.otherTherapist().email()).get(0);
		assertThat(listed.toString()).doesNotContain(token.substring(4), ApiTokens.hash(token));
		assertThat(listed.id()).hasSize(12).isEqualTo(ApiTokens.hash(token).substring(0, 12));
	}

	@Test
	void unknownAccountsIdsAndValiditiesAreRefusedByName() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.tokens.list("nobody@clinic.test"))
			.withMessageContaining("nobody@clinic.test");
		assertThatIllegalArgumentException().isThrownBy(() -> this.tokens.revoke("0123456789ab"))
			.withMessageContaining("0123456789ab");
		assertThatIllegalArgumentException().isThrownBy(() -> this.tokens.revoke("%")).withMessageContaining("'%'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.tokens.issue(this.clinic.admin().email(), Duration.ZERO))
			.withMessageContaining("positive");
	}

	private static void assertRefused(Reply reply) {
		assertThat(reply.status()).isEqualTo(401);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		assertThat(reply.json().get("status").asInt()).isEqualTo(401);
	}

}
