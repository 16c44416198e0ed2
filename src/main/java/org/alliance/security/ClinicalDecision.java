package org.alliance.security;

import java.util.UUID;

/**
 * What {@link ClinicalAccess} decided about one person and one client's records. The web
 * and API layers turn a refusal into their answer: 404 for {@link Unseen}, so nobody
 * learns of a client they may not know exists; 403 for {@link Refused}.
 */
public sealed interface ClinicalDecision {

	/** Whether the person may go ahead. */
	default boolean allowed() {
		return this instanceof Allowed || this instanceof ActingFor || this instanceof CoveringRisk;
	}

	/** Allowed: the person's own client, or a read a supervisor may make. */
	record Allowed() implements ClinicalDecision {
	}

	/** Allowed as the client's therapist's stand-in, under a supervisor's grant. */
	record ActingFor(ActForGrant grant) implements ClinicalDecision {
	}

	/**
	 * Allowed for a risk signal only: someone other than the client's therapist covers it
	 * ({@link ClinicalAccess#coverRisk}).
	 *
	 * @param as how the person covers it: {@code supervisor} or {@code duty clinician}
	 */
	record CoveringRisk(String as) implements ClinicalDecision {

		/** What the audit trail says of every line written under the cover. */
		public String auditDetail() {
			return "risk cover as " + this.as;
		}

	}

	/**
	 * Refused without saying whether the client exists: another clinic's client, or
	 * another therapist's client for a therapist.
	 */
	record Unseen() implements ClinicalDecision {
	}

	/**
	 * Refused for a reason the person may know, because it does not depend on the client:
	 * an admin account reads no clinical record; a supervisor writes only when acting for
	 * the therapist.
	 *
	 * @param field what the refusal is about: {@code role}, or {@code act-for}
	 * @param message the reason in the person's words, naming the step that would allow
	 * it
	 * @param actForClient the client to act for, when acting for the therapist would
	 * allow it; null otherwise
	 */
	record Refused(String field, String message, UUID actForClient) implements ClinicalDecision {
	}

}
