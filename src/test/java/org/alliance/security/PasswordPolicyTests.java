package org.alliance.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The password rules of OWASP ASVS 5.0 V6.2 as the issue sets them: 12 to 128 characters
 * counted as a person sees them, any characters, no composition rules, and not a listed
 * common password.
 */
class PasswordPolicyTests {

	private final PasswordPolicy policy = PasswordPolicy.standard();

	@Test
	void refusesElevenCharactersAndAcceptsTwelve() {
		assertThat(this.policy.refusal("mauve kettle")).isEmpty();
		assertThat(this.policy.refusal("mauve kettl")).get().asString().contains("at least 12").contains("has 11");
	}

	@Test
	void acceptsOneHundredTwentyEightCharactersAndRefusesOneHundredTwentyNine() {
		String base = "river otter lantern ".repeat(7);
		assertThat(this.policy.refusal(base.substring(0, 128))).isEmpty();
		assertThat(this.policy.refusal(base.substring(0, 128) + "x")).get().asString().contains("at most 128");
	}

	@Test
	void countsCharactersAsPeopleSeeThemNotAsUtf16Units() {
		// Twelve emoji are 24 UTF-16 units and 12 code points: twelve characters.
		String twelveCats = "🐈".repeat(12);
		assertThat(twelveCats.length()).isEqualTo(24);
		assertThat(this.policy.refusal(twelveCats)).isEmpty();
		assertThat(this.policy.refusal("🐈".repeat(11))).isPresent();
		assertThat(this.policy.refusal("🐈".repeat(129))).isPresent();
	}

	@Test
	void hasNoCompositionRules() {
		assertThat(this.policy.refusal("all lower case words")).isEmpty();
		assertThat(this.policy.refusal("973018264509")).isEmpty();
		assertThat(this.policy.refusal("            ")).isEmpty();
		assertThat(this.policy.refusal("ñandú café über")).isEmpty();
	}

	@Test
	void refusesAListedCommonPasswordWhateverItsCase() {
		// Entries of the shipped list (docs/decisions/breached-passwords.md) at least 12
		// characters long.
		assertThat(this.policy.refusal("passwordpassword")).get().asString().contains("commonly used");
		assertThat(this.policy.refusal("1qaz2wsx3edc")).isPresent();
		assertThat(this.policy.refusal("QWERTY123456")).isPresent();
		assertThat(this.policy.refusal("LeaveMeAlone")).isPresent();
	}

	@Test
	void shipsTheWholeListOfCommonPasswords() {
		assertThat(this.policy.listed()).isEqualTo(43_940);
	}

	@Test
	void refusesNoPasswordAtAll() {
		assertThat(this.policy.refusal(null)).isPresent();
		assertThat(this.policy.refusal("")).isPresent();
	}

}
