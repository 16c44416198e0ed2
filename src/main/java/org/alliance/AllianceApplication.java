package org.alliance;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

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

}
