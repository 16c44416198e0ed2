package org.alliance.instrument;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the instrument catalog once at start-up; a broken definition file stops the
 * application.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InstrumentSettings.class)
class InstrumentConfiguration {

	@Bean
	InstrumentCatalog instrumentCatalog(InstrumentSettings settings) {
		return InstrumentCatalog.load(settings.licensedTextDir());
	}

}
