package org.alliance;

import org.alliance.command.AllianceCommand;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Alliance application. {@code main} is the {@code ./alliance} command line, whose {@code serve}
 * and {@code demo} commands start this Spring application.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AllianceApplication {

	public static void main(String[] args) {
		System.exit(AllianceCommand.execute(args));
	}

}
