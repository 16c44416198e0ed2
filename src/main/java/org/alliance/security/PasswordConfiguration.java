package org.alliance.security;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are stored, for the web app and the command line alike.
 * <p>
 * New hashes are Argon2id with OWASP's parameters (Password Storage Cheat Sheet,
 * https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html#argon2id:
 * 19 MiB of memory, 2 iterations, parallelism 1; a 16-byte salt). bcrypt, used before,
 * reads only the first 72 bytes of a password and Spring Security refuses longer ones,
 * while {@link PasswordPolicy} accepts up to 128 characters (OWASP ASVS 5.0 6.2.9 asks
 * for at least 64, and 64 emoji are 256 bytes). Each hash names its algorithm, so the
 * bcrypt hashes stored before still verify.
 */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

	private static final String ARGON2ID = "argon2id";

	@Bean
	PasswordEncoder passwordEncoder() {
		// A 24-byte tag: 192 bits leave nothing to guess, and keep every encoded hash
		// within 100 characters, the width recovery codes' hashes are stored in.
		Argon2PasswordEncoder argon2id = new Argon2PasswordEncoder(16, 24, 1, 19 * 1024, 2);
		return new DelegatingPasswordEncoder(ARGON2ID,
				Map.of(ARGON2ID, argon2id, "bcrypt", new BCryptPasswordEncoder()));
	}

}
