package org.alliance;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Alliance web application: measurement, alliance, signals and insight behind one
 * server.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AllianceApplication {

	public static void main(String[] args) {
		SpringApplication.run(AllianceApplication.class, args);
	}

}
