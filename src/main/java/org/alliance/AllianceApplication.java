package org.alliance;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * The Alliance web application. The {@code ./alliance} command line
 * ({@link org.alliance.command.AllianceCommand}) starts it for {@code serve} and
 * {@code demo}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AllianceApplication {

	public static void main(String[] args) {
		SpringApplication.run(AllianceApplication.class, args);
	}

	/**
	 * The time, as a bean so that tests can move it (e.g. past a sign-in wait) instead of
	 * sleeping.
	 */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
