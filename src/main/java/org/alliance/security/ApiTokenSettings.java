package org.alliance.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of API tokens ({@code alliance.security.token-validity}).
 *
 * @param tokenValidity how long a new API token can be used when its issuer does not say;
 * positive and at most {@link ApiTokens#MAX_VALIDITY}
 */
@ConfigurationProperties("alliance.security")
public record ApiTokenSettings(@DefaultValue("90d") Duration tokenValidity) {

	public ApiTokenSettings {
		ApiTokens.checkValidity(tokenValidity, "alliance.security.token-validity");
	}

}
