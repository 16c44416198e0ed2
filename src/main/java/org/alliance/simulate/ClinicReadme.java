package org.alliance.simulate;

import java.util.Locale;

/**
 * The README.txt written beside the CSV files: what each file holds and which effects
 * were planted, with their sources.
 */
final class ClinicReadme {

	private static final String TEXT = """
			%s
			Simulated by Alliance's clinic simulator. Every person here is made up.
			%d therapists, %d clients, %d sessions, %d responses, %d planted ruptures, %d dropouts.
			The same seed and settings always give byte-identical files.

			FILES (UTF-8, comma-separated, header row, RFC 4180 quoting)
			therapists.csv       therapist,name,email
			clients.csv          client,pseudonym,therapist,episode_start,episode_end,end_reason
			                     end_reason: planned | dropout | other; empty end = still in treatment.
			                     A dropout's last session is the no-show after which the client
			                     did not return; episode_end is its date.
			sessions.csv         client,session,date,attendance (attended | no-show | cancelled)
			responses.csv        client,session,instrument,respondent,item,value; one row per item.
			                     phq9 (items 1-9, 0-3) and gad7 (1-7, 0-3) before each attended session;
			                     alliance-check (client, items 1-7, 1-5; item 8 free text, quoted),
			                     alliance-check-t (therapist's own view) and alliance-check-p (therapist's
			                     prediction of the client's view) after it. Bond = items 1-2, task = 3-4,
			                     goal = 5-6, empathy = 7, total = 1-6.
			alliance.csv         client,session,therapist,bond,task,goal,empathy,total: the client's
			                     alliance check as per-item means on the 1-5 scale
			alliance_scores.csv  client,session,score: the total per-item mean, input for rupture rules
			truth_ruptures.csv   client,session,subscales,repaired,repair_session,from_ceiling
			truth_dropouts.csv   client,dropout (true | false) for every client
			truth_therapists.csv therapist,alliance_offset,rating_bias in points of the 1-5 scale

			PLANTED RUPTURES
			A rupture is a sudden drop in the CLIENT's alliance check at one attended session (the
			third or later): every item of the hit subscale (all items, or only bond, task or goal)
			falls at least one point below the client's running level, the mean of all the client's
			earlier ratings of that item. It is repaired when, within the next two attended sessions,
			the hit items return to at least that running level; an unrepaired rupture stays below it
			for both. Levels are read on the hit subscale (the total, items 1-6, for "all"), so a
			bond, task or goal rupture shows fully in alliance.csv's subscale column and only
			partly in alliance_scores.csv's total. repaired is false also when the episode or
			the data ended before the return. from_ceiling marks ruptures after a run of at
			least two all-5 checks. Rules to validate: a drop of at least 1 SD (Strauss et al. 2006) or
			2 SD (Stiles et al. 2004) below the client's own level. Sessions keep their natural
			ups and downs, so such rules also fire now and then where nothing was planted.
			Therapists notice few ruptures: alliance-check-p over-estimates the client there.

			PLANTED EFFECTS (targets, recovered from the data by the simulator's tests)
			- therapists differ in the alliance they form, and that therapist part, more than the
			  client's own part, predicts outcome (Baldwin, Wampold & Imel 2007)
			- early client alliance vs PHQ-9 improvement r = .28 (Flückiger et al. 2018)
			- client-rated empathy vs improvement r = .28 (Elliott et al. 2018)
			- repair vs improvement among ruptured clients r = .29 (Eubanks et al. 2018)
			- dropouts had a weaker early alliance, d = .55 (Sharf et al. 2010)
			- clients rate the alliance higher than therapists, d = .63, and the two correlate
			  r = .36 (Tryon et al. 2007)
			- ruptures in about 46%% of clients (McLaughlin et al. 2014)
			- within clients, a session rated above the client's usual level is followed by a
			  small extra PHQ-9 drop: the alliance comes first (Falkenström et al. 2013)
			- ratings bunch at the ceiling: about one client check in five is all 5s
			- intake PHQ-9 mean about 15, SD about 5; symptoms fall along a negatively
			  accelerated curve (Finch, Lambert & Schaalje 2001)
			Improvement = first minus last PHQ-9 of the episode; early alliance = mean total of
			the first three client checks.
			""";

	private ClinicReadme() {
	}

	static String text(SimulatedClinic clinic) {
		return String.format(Locale.ROOT, TEXT, clinic.clinicName(), clinic.therapists().size(),
				clinic.clients().size(), clinic.sessions().size(), clinic.responses().size(),
				clinic.truth().ruptures().size(), clinic.truth().dropouts().size());
	}

}
