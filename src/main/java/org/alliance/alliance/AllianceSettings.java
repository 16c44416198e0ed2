package org.alliance.alliance;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the {@code alliance} module ({@code alliance.alliance.*}).
 *
 * @param signalRule the rupture rule whose episodes raise signals ({@code strauss}, the
 * more sensitive, by default); both rules are always reported
 * @param repairWindow sessions within which a rating must return to count as repaired
 * @param sdBasis whose SD a drop is measured in: the clinic's within-client SD or the
 * client's own
 * @param gapMargin how far, in points per item, the therapist's prediction may exceed the
 * client's rating before two such sessions in a row raise a signal
 */
@ConfigurationProperties("alliance.alliance")
public record AllianceSettings(@DefaultValue("strauss") String signalRule, @DefaultValue("2") int repairWindow,
		@DefaultValue("CLINIC_WITHIN_CLIENT") SdBasis sdBasis, @DefaultValue("0.5") double gapMargin) {

	RuptureSettings ruptureSettings(RuptureRule rule) {
		return RuptureSettings.of(rule).withSdBasis(this.sdBasis).withRepairWindow(this.repairWindow);
	}

}
