package org.alliance.security;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The key file is created owner-only at first use and reused after; a sealed secret opens
 * only with that key and for its own account.
 */
class SecretsAtRestTests {

	@TempDir
	Path folder;

	@Test
	void createsTheKeyFileOwnerOnlyAndReadsItBackOnTheNextStart() throws Exception {
		Path file = this.folder.resolve("data").resolve("alliance.key");
		String sealed = new SecretsAtRest(file).seal("secret".getBytes(StandardCharsets.UTF_8), "account-1");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(sealed).startsWith("v1:").doesNotContain("secret");
		assertThat(new String(new SecretsAtRest(file).open(sealed, "account-1"), StandardCharsets.UTF_8))
			.isEqualTo("secret");
	}

	@Test
	void aSecretDoesNotOpenForAnotherAccountOrUnderAnotherKey() {
		SecretsAtRest key = new SecretsAtRest(this.folder.resolve("one.key"));
		String sealed = key.seal(new byte[] { 1, 2, 3 }, "account-1");
		assertThatIllegalStateException().isThrownBy(() -> key.open(sealed, "account-2"));
		assertThatIllegalStateException()
			.isThrownBy(() -> new SecretsAtRest(this.folder.resolve("two.key")).open(sealed, "account-1"));
	}

	@Test
	void twoSealsOfOneSecretDiffer() {
		SecretsAtRest key = new SecretsAtRest(this.folder.resolve("one.key"));
		assertThat(key.seal(new byte[] { 1 }, "a")).isNotEqualTo(key.seal(new byte[] { 1 }, "a"));
	}

}
