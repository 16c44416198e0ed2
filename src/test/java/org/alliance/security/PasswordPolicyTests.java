package org.alliance.security;

import java.util.List;

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

	/**
	 * OWASP ASVS 5.0 6.2.11 (context-specific words): the email, its part before the @,
	 * the person's name and the clinic's, in any case and spacing, or one of them
	 * repeated.
	 */
	@Test
	void refusesThePersonsOwnWordsAndTheClinicsNameAndTheseRepeated() {
		PasswordPolicy.ContextWords tess = new PasswordPolicy.ContextWords("tess.tran@riverside.example", "Tess",
				"Riverside Therapy");
		for (String refused : List.of("tesstesstess", "Tess Tess Tess", "TESS tess TESS tess",
				"tess.tran@riverside.example", "Tess.Tran@Riverside.Example", "tess.trantess.tran", "Riverside Therapy",
				"riversidetherapy", "RIVERSIDE THERAPY riverside therapy")) {
			assertThat(this.policy.refusal(refused, tess)).as(refused).get().asString().contains("your name");
		}
		// The same passwords are fine for another person of another clinic, and a
		// password
		// that merely holds a name among other words is the person's choice.
		PasswordPolicy.ContextWords bo = new PasswordPolicy.ContextWords("bo@hillside.example", "Bo Lee",
				"Hillside Counselling");
		assertThat(this.policy.refusal("tesstesstess", bo)).isEmpty();
		assertThat(this.policy.refusal("Riverside Therapy", bo)).isEmpty();
		assertThat(this.policy.refusal("tess otter lantern", tess)).isEmpty();
		assertThat(this.policy.refusal("tesstesstes", tess)).get().asString().contains("at least 12");
	}

	@Test
	void refusesTheWordsOfANameAndOfTheEmailRepeated() {
		PasswordPolicy.ContextWords ana = new PasswordPolicy.ContextWords("ana.ruiz@clinic.example", "Dr Ana Ruiz",
				"Riverside Therapy");
		assertThat(this.policy.refusal("ruizruizruiz", ana)).isPresent();
		assertThat(this.policy.refusal("Dr Ana Ruiz Dr Ana Ruiz", ana)).isPresent();
		assertThat(this.policy.refusal("riverside riverside", ana)).isPresent();
		assertThat(this.policy.refusal("ana ruiz ana ruiz", ana)).isPresent();
		assertThat(this.policy.refusal("ruiz anaruizana", ana)).isEmpty();
	}

	@Test
	void refusesNoPasswordAtAll() {
		assertThat(this.policy.refusal(null)).isPresent();
		assertThat(this.policy.refusal("")).isPresent();
	}

}
