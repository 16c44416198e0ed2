package org.alliance.measure;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the {@code measure} module ({@code alliance.measure.*}).
 *
 * @param clientMeasures what a client's personal link offers by default: the symptom
 * measures answered before a session and the alliance check answered after it
 * @param linkValidity how long a personal link can be used
 */
@ConfigurationProperties("alliance.measure")
public record MeasureSettings(@DefaultValue( {
		"phq9", "gad7", "alliance-check" }) List<String> clientMeasures, @DefaultValue("7d") Duration linkValidity){
}
