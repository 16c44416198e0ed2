package org.alliance.security;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
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
 * A <b>risk answer</b> is the one exception, narrow on purpose: it must reach someone the
 * same day (docs/manual.md, "Safety"), and the client's therapist may be away. Any
 * supervisor of the clinic, and a therapist the clinic names <b>duty clinician</b>, work
 * a risk signal of any client of the clinic and read what working it needs, the signal
 * and how to reach the client, and nothing else of the record ({@link #coverRisk}).
 * Refusals that depend on the client are {@link ClinicalDecision.Unseen} (answered 404),
 * so nobody learns that another therapist's client exists; refusals that depend only on
 * the person's role are {@link ClinicalDecision.Refused} (answered 403, naming the step
 * that would allow it).
 */
@Service
public class ClinicalAccess {

	/** The request attribute holding the grant the current request acts under. */
	private static final String ACTING_FOR = ClinicalAccess.class.getName() + ".actingFor";

	/** The request attribute naming the cover a request works a risk signal under. */
	private static final String COVERING = ClinicalAccess.class.getName() + ".covering";

	static final String ADMIN_REFUSAL = "An admin account manages the clinic and reads no clinical record;"
			+ " ask for a therapist or supervisor account if you need one.";

	private final ActForGrants grants;

	private final JdbcTemplate jdbc;

	ClinicalAccess(ActForGrants grants, JdbcTemplate jdbc) {
		this.grants = grants;
		this.jdbc = jdbc;
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
	 * Whether the person may work a risk signal of the client (acknowledge it, record a
	 * step, resolve it) and read what working it needs: the signal, what it shows and how
	 * to reach the client; never the rest of the record. Allowed for the client's own
	 * therapist, for any supervisor of the clinic and for a duty clinician of the clinic
	 * (an active therapist or supervisor account the clinic names so); the cover is noted
	 * on the current request, so that every audit line the request writes says so. An
	 * admin account is refused as for every clinical record; another therapist is
	 * answered as if the client did not exist.
	 */
	public ClinicalDecision coverRisk(CurrentUser user, TreatedClient client) {
		if (!user.clinicId().equals(client.clinicId())) {
			return new ClinicalDecision.Unseen();
		}
		if (!user.clinical()) {
			return adminRefused();
		}
		if (ownClient(user, client)) {
			return new ClinicalDecision.Allowed();
		}
		Optional<ClinicalDecision.CoveringRisk> cover = riskCover(user);
		if (cover.isEmpty()) {
			return new ClinicalDecision.Unseen();
		}
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(COVERING, cover.get(), RequestAttributes.SCOPE_REQUEST);
		}
		return cover.get();
	}

	/**
	 * How the person covers the risk signals of every client of their clinic: as a
	 * supervisor, as a duty clinician, or not at all (a therapist not on duty, an admin
	 * account). Read afresh on each call, so that a duty clinician taken off duty loses
	 * the cover at their next request.
	 */
	public Optional<ClinicalDecision.CoveringRisk> riskCover(CurrentUser user) {
		if (!user.clinical()) {
			return Optional.empty();
		}
		if (user.role() == Role.SUPERVISOR) {
			return Optional.of(new ClinicalDecision.CoveringRisk("supervisor"));
		}
		return onDuty(user.clinicId(), user.userId()) ? Optional.of(new ClinicalDecision.CoveringRisk("duty clinician"))
				: Optional.empty();
	}

	private boolean onDuty(UUID clinicId, UUID userId) {
		Integer count = this.jdbc.queryForObject("""
				select count(*) from app_user where clinic_id = ? and id = ? and duty_clinician = true
				and status = 'active' and role in ('THERAPIST', 'SUPERVISOR')""", Integer.class, clinicId, userId);
		return count != null && count > 0;
	}

	/**
	 * Whether the person may move the client to another therapist of the clinic: a
	 * supervisor, or whoever manages the clinic (an admin account, or a clinician who
	 * administers). It changes who treats the client, not the record, so an admin may
	 * without reading it. The client's own therapist is refused (403); another therapist
	 * is answered as if the client did not exist.
	 */
	public ClinicalDecision mayReassign(CurrentUser user, TreatedClient client) {
		if (!user.clinicId().equals(client.clinicId())) {
			return new ClinicalDecision.Unseen();
		}
		if (reassignsClients(user)) {
			return new ClinicalDecision.Allowed();
		}
		return ownClient(user, client) ? reassignRefused() : new ClinicalDecision.Unseen();
	}

	/**
	 * Whether the person may move every client of one therapist of the clinic to another:
	 * as {@link #mayReassign}, refused (403) for anyone else.
	 */
	public ClinicalDecision mayReassignCaseloads(CurrentUser user) {
		return reassignsClients(user) ? new ClinicalDecision.Allowed() : reassignRefused();
	}

	private static boolean reassignsClients(CurrentUser user) {
		return user.role() == Role.SUPERVISOR || user.manages();
	}

	private static ClinicalDecision reassignRefused() {
		return new ClinicalDecision.Refused("role",
				"A supervisor or an admin of the clinic moves a client to another therapist.", null);
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

	/** The risk cover the current request works under, if it does. */
	static Optional<ClinicalDecision.CoveringRisk> coveringInRequest() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		Object cover = (request != null) ? request.getAttribute(COVERING, RequestAttributes.SCOPE_REQUEST) : null;
		return Optional.ofNullable((cover instanceof ClinicalDecision.CoveringRisk covering) ? covering : null);
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
