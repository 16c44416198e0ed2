package org.alliance.simulate;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Lays a simulated clinic out as the CSV tables of the researcher format.
 */
final class ClinicTables {

	private ClinicTables() {
	}

	static List<CsvTable> of(SimulatedClinic clinic) {
		return List.of(therapists(clinic), clients(clinic), sessions(clinic), responses(clinic), alliance(clinic),
				allianceScores(clinic), truthRuptures(clinic), truthDropouts(clinic), truthTherapists(clinic));
	}

	private static CsvTable therapists(SimulatedClinic clinic) {
		CsvTable table = new CsvTable("therapists.csv", "therapist", "name", "email");
		clinic.therapists().forEach((t) -> table.row(t.key(), t.displayName(), t.email()));
		return table;
	}

	private static CsvTable clients(SimulatedClinic clinic) {
		CsvTable table = new CsvTable("clients.csv", "client", "pseudonym", "therapist", "episode_start", "episode_end",
				"end_reason");
		clinic.clients()
			.forEach((c) -> table.row(c.key(), c.pseudonym(), c.therapistKey(), c.episodeStart(), c.episodeEnd(),
					c.endReason()));
		return table;
	}

	private static CsvTable sessions(SimulatedClinic clinic) {
		CsvTable table = new CsvTable("sessions.csv", "client", "session", "date", "attendance");
		clinic.sessions().forEach((s) -> table.row(s.clientKey(), s.number(), s.date(), s.attendance()));
		return table;
	}

	private static CsvTable responses(SimulatedClinic clinic) {
		CsvTable table = new CsvTable("responses.csv", "client", "session", "instrument", "respondent", "item",
				"value");
		for (SimulatedResponse r : clinic.responses()) {
			r.answers()
				.forEach((item, value) -> table.row(r.clientKey(), r.sessionNumber(), r.instrument(), r.respondent(),
						item, value));
			if (r.openAnswer() != null) {
				table.row(r.clientKey(), r.sessionNumber(), r.instrument(), r.respondent(), "8",
						new CsvTable.Quoted(r.openAnswer()));
			}
		}
		return table;
	}

	private static CsvTable alliance(SimulatedClinic clinic) {
		Map<String, String> therapistOf = clinic.clients()
			.stream()
			.collect(Collectors.toMap(SimulatedClient::key, SimulatedClient::therapistKey));
		CsvTable table = new CsvTable("alliance.csv", "client", "session", "therapist", "bond", "task", "goal",
				"empathy", "total");
		for (SimulatedResponse r : clientAllianceChecks(clinic)) {
			AllianceScores s = AllianceScores.of(r.answers());
			table.row(r.clientKey(), r.sessionNumber(), therapistOf.get(r.clientKey()), CsvTable.decimal(s.bond()),
					CsvTable.decimal(s.task()), CsvTable.decimal(s.goal()), CsvTable.decimal(s.empathy()),
					CsvTable.decimal(s.total()));
		}
		return table;
	}

	private static CsvTable allianceScores(SimulatedClinic clinic) {
		CsvTable table = new CsvTable("alliance_scores.csv", "client", "session", "score");
		clientAllianceChecks(clinic).forEach((r) -> table.row(r.clientKey(), r.sessionNumber(),
				CsvTable.decimal(AllianceScores.of(r.answers()).total())));
		return table;
	}

	private static List<SimulatedResponse> clientAllianceChecks(SimulatedClinic clinic) {
		return clinic.responses().stream().filter((r) -> "alliance-check".equals(r.instrument())).toList();
	}

	private static CsvTable truthRuptures(SimulatedClinic clinic) {
		CsvTable table = new CsvTable("truth_ruptures.csv", "client", "session", "subscales", "repaired",
				"repair_session", "from_ceiling");
		clinic.truth()
			.ruptures()
			.forEach((r) -> table.row(r.clientKey(), r.session(), r.subscales(), r.repaired(), r.repairSession(),
					r.fromCeiling()));
		return table;
	}

	private static CsvTable truthDropouts(SimulatedClinic clinic) {
		CsvTable table = new CsvTable("truth_dropouts.csv", "client", "dropout");
		clinic.clients().forEach((c) -> table.row(c.key(), clinic.truth().dropouts().contains(c.key())));
		return table;
	}

	private static CsvTable truthTherapists(SimulatedClinic clinic) {
		CsvTable table = new CsvTable("truth_therapists.csv", "therapist", "alliance_offset", "rating_bias");
		clinic.truth()
			.therapistEffects()
			.forEach((e) -> table.row(e.therapistKey(), CsvTable.decimal(e.allianceOffset()),
					CsvTable.decimal(e.ratingBias())));
		return table;
	}

}
