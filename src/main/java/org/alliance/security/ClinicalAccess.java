package org.alliance.security;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The one place that decides who may read and who may change a client's records — least
 * privilege, as a clinic means its roles. OWASP ASVS 5.0 asks for function-level and
 * data-specific access decided for each consumer (8.2.1, 8.2.2) at a trusted service
 * layer (8.3.1), and for the rules to be documented (8.1.1: see
 * {@code security/route-policy.tsv});
 * https://github.com/OWASP/ASVS/blob/v5.0.0/5.0/en/0x17-V8-Authorization.md.
 * <ul>
 * <li>a <b>therapist</b> reads and changes the records of their own clients only;</li>
 * <li>a <b>supervisor</b> reads the records of every client of their clinic, and changes
 * those of another therapist's client only while acting for that therapist under an
 * {@link ActForGrant} they started with a reason;</li>
 * <li>an <b>admin</b> account manages the clinic and reads no clinical record at all; a
 * therapist or supervisor who also administers keeps their clinical role;</li>
 * <li>nobody reaches another clinic's records.</li>
 * </ul>
 * Refusals that depend on the client are {@link ClinicalDecision.Unseen} (answered 404),
 * so nobody learns that another therapist's client exists; refusals that depend only on
 * the person's role are {@link ClinicalDecision.Refused} (answered 403, naming the step
 * that would allow it).
 */
@Service
public class ClinicalAccess {

	/** The request attribute holding the grant the current request acts under. */
	private static final String ACTING_FOR = ClinicalAccess.class.getName() + ".actingFor";

	static final String ADMIN_REFUSAL = "An admin account manages the clinic and reads no clinical record;"
			+ " ask for a therapist or supervisor account if you need one.";

	private final ActForGrants grants;

	ClinicalAccess(ActForGrants grants) {
		this.grants = grants;
	}

	/** Whether the person may read the client's records. */
	public ClinicalDecision read(CurrentUser user, TreatedClient client) {
		if (!user.clinicId().equals(client.clinicId())) {
			return new ClinicalDecision.Unseen();
		}
		return switch (user.role()) {
			case SUPERVISOR -> new ClinicalDecision.Allowed();
			case THERAPIST -> ownClient(user, client) ? new ClinicalDecision.Allowed() : new ClinicalDecision.Unseen();
			case ADMIN -> adminRefused();
			case CLIENT -> new ClinicalDecision.Unseen();
		};
	}

	/**
	 * Whether the person may change the client's records: the client's own therapist, or
	 * a supervisor under an active grant for the client's current therapist. A grant in
	 * use is noted on the current request, so that every audit line the request writes
	 * names the therapist acted for and the grant ({@link AuditTrail#entry}).
	 */
	public ClinicalDecision act(CurrentUser user, TreatedClient client) {
		ClinicalDecision reading = read(user, client);
		if (!reading.allowed() || ownClient(user, client)) {
			return reading;
		}
		Optional<ActForGrant> grant = this.grants.active(user, client.clientId())
			.filter((found) -> found.therapistId().equals(client.therapistId()));
		if (grant.isEmpty()) {
			return new ClinicalDecision.Refused("act-for",
					"A supervisor changes another therapist's client's records"
							+ " only while acting for the therapist: start acting for them, with a reason, first.",
					client.clientId());
		}
		noteInRequest(grant.get());
		return new ClinicalDecision.ActingFor(grant.get());
	}

	/**
	 * Whether the person may start acting for the client's therapist: a supervisor of the
	 * clinic, on a client they do not treat themselves.
	 */
	public ClinicalDecision mayActFor(CurrentUser user, TreatedClient client) {
		ClinicalDecision reading = read(user, client);
		if (!reading.allowed()) {
			return reading;
		}
		if (user.role() != Role.SUPERVISOR) {
			return new ClinicalDecision.Refused("role", "Only a supervisor acts for a client's therapist.", null);
		}
		if (ownClient(user, client)) {
			return new ClinicalDecision.Refused("act-for", "This is your own client: there is no one to act for.",
					null);
		}
		return reading;
	}

	/**
	 * Whether the person may read lists and figures across clients: allowed for a
	 * therapist (their own clients) and a supervisor (the clinic's), refused for an
	 * admin.
	 */
	public ClinicalDecision readCaseload(CurrentUser user) {
		return user.clinical() ? new ClinicalDecision.Allowed() : adminRefused();
	}

	/**
	 * Whether the person's lists span the whole clinic (a supervisor) rather than their
	 * own clients (a therapist). Ask {@link #readCaseload} first.
	 */
	public boolean readsWholeClinic(CurrentUser user) {
		return user.role() == Role.SUPERVISOR;
	}

	/**
	 * Whether the person may read the clinic's figures across therapists (outcome rates,
	 * overdue and false-alarm signals): a supervisor.
	 */
	public ClinicalDecision readClinicFigures(CurrentUser user) {
		if (user.role() == Role.SUPERVISOR) {
			return new ClinicalDecision.Allowed();
		}
		return user.clinical()
				? new ClinicalDecision.Refused("role", "Only supervisors see the clinic's figures.", null)
				: adminRefused();
	}

	/** The grant the current request acts under, if it does. */
	static Optional<ActForGrant> actingForInRequest() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		Object grant = (request != null) ? request.getAttribute(ACTING_FOR, RequestAttributes.SCOPE_REQUEST) : null;
		return Optional.ofNullable((grant instanceof ActForGrant acting) ? acting : null);
	}

	private static void noteInRequest(ActForGrant grant) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(ACTING_FOR, grant, RequestAttributes.SCOPE_REQUEST);
		}
	}

	private static boolean ownClient(CurrentUser user, TreatedClient client) {
		return user.userId().equals(client.therapistId());
	}

	private static ClinicalDecision adminRefused() {
		return new ClinicalDecision.Refused("role", ADMIN_REFUSAL, null);
	}

}
