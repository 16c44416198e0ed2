package org.alliance.security;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The base of every link handed out: {@code alliance.base-url}, else the server's own
 * address and port (issue #7: "default from server address/port e.g.
 * http://127.0.0.1:8080").
 */
class PublicUrlTests {

	@Test
	void defaultsToTheServersAddressAndPort() {
		MockEnvironment environment = new MockEnvironment().withProperty("server.address", "127.0.0.1")
			.withProperty("server.port", "8080");
		assertThat(new PublicUrl(environment).of("/r/abc")).isEqualTo("http://127.0.0.1:8080/r/abc");
	}

	@Test
	void thePortTheServerActuallyGotWinsOverARandomOne() {
		MockEnvironment environment = new MockEnvironment().withProperty("server.address", "127.0.0.1")
			.withProperty("server.port", "0")
			.withProperty("local.server.port", "41234");
		assertThat(new PublicUrl(environment).base()).isEqualTo("http://127.0.0.1:41234");
	}

	@Test
	void anIpv6AddressIsBracketedAndAWildcardBecomesLocalhost() {
		assertThat(new PublicUrl(new MockEnvironment().withProperty("server.address", "::1")).base())
			.isEqualTo("http://[::1]:8080");
		assertThat(new PublicUrl(new MockEnvironment().withProperty("server.address", "0.0.0.0")).base())
			.isEqualTo("http://localhost:8080");
	}

	@Test
	void theConfiguredBaseWinsWithoutItsTrailingSlash() {
		MockEnvironment environment = new MockEnvironment().withProperty("server.address", "127.0.0.1")
			.withProperty("alliance.base-url", "https://alliance.example.org/clinic/");
		assertThat(new PublicUrl(environment).of("/r/abc")).isEqualTo("https://alliance.example.org/clinic/r/abc");
	}

	@Test
	void aBaseThatIsNotAnAbsoluteWebUrlIsRefusedNamingTheProperty() {
		for (String bad : new String[] { "alliance.example.org", "ftp://alliance.example.org",
				"https://alliance.example.org/?x=1", "https://user@alliance.example.org", "http://" }) {
			assertThatIllegalStateException().isThrownBy(() -> PublicUrl.parse(bad))
				.withMessageContaining("alliance.base-url")
				.withMessageContaining(bad);
		}
	}

}
