package org.alliance.api;

import org.alliance.security.ClinicalDecision;

/**
 * Turns an access decision of {@link org.alliance.security.ClinicalAccess} into the
 * answer every door gives: nothing when allowed, {@link NotFound} (404) when the person
 * may not learn that the client exists, {@link Forbidden} (403) naming the reason
 * otherwise, {@link ActForRequired} when acting for the therapist would allow it.
 */
public final class ClinicalRefusals {

	private ClinicalRefusals() {
	}

	/**
	 * @param decision the access decision
	 * @param unseen what a 404 says, e.g. "No client … among the clients you may see."
	 * @return the decision, when allowed
	 */
	public static ClinicalDecision enforce(ClinicalDecision decision, String unseen) {
		if (decision.allowed()) {
			return decision;
		}
		if (decision instanceof ClinicalDecision.Refused refused) {
			if (refused.actForClient() != null) {
				throw new ActForRequired(refused.actForClient(), refused.message() + " (POST /api/v1/clients/"
						+ refused.actForClient() + "/act-for with a reason, or the client's act-for page.)");
			}
			throw new Forbidden(refused.field(), refused.message());
		}
		throw new NotFound("id", unseen);
	}

}
