package org.alliance.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are stored, for the web app and the command line alike.
 */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt by default, with the algorithm named in each hash so it can be upgraded
		// later.
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
