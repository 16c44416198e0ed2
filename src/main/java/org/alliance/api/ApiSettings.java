package org.alliance.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the JSON API ({@code alliance.api.*}).
 *
 * @param maxBodySize the largest request body the API reads; a larger one is refused with
 * 413 before it is read whole. The largest real body, a response with every item and a
 * long note, is a few kilobytes.
 */
@ConfigurationProperties("alliance.api")
public record ApiSettings(@DefaultValue("1MB") DataSize maxBodySize) {

	public ApiSettings {
		if (maxBodySize.toBytes() < 1024) {
			throw new IllegalArgumentException("alliance.api.max-body-size must be at least 1KB, not " + maxBodySize);
		}
	}

}
