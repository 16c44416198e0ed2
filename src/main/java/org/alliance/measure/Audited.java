package org.alliance.measure;

import org.alliance.security.AuditEntry;

/**
 * Audit lines that say a little more than what was done to what.
 */
final class Audited {

	private Audited() {
	}

	/**
	 * The entry with the detail added to what it already says (e.g. the grant acted
	 * under). Never clinical words: the detail names ids and acts only.
	 */
	static AuditEntry withDetail(AuditEntry entry, String detail) {
		String combined = (entry.detail() != null) ? entry.detail() + "; " + detail : detail;
		return new AuditEntry(entry.clinicId(), entry.actor(), entry.action(), entry.resourceType(), entry.resourceId(),
				entry.remoteAddress(), entry.occurredAt(), combined);
	}

}
