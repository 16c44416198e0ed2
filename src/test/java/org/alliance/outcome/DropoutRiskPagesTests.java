package org.alliance.outcome;

import java.time.Duration;
import java.util.Locale;

import org.alliance.ClientSignals;
import org.alliance.PageSession;
import org.alliance.TestClinic;
import org.alliance.care.Client;
import org.alliance.security.Role;
import org.alliance.security.UserAccount;
import org.junit.jupiter.api.Test;

import static org.alliance.outcome.OutcomePagesTests.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dropout risk where therapists look (the client page, the session brief, the
 * signal's page) and the model where admins and supervisors inspect it, as the server
 * renders them, on a clinic with a model ({@link ServerWithDropoutModel}).
 */
class DropoutRiskPagesTests extends ServerWithDropoutModel {

	@Test
	void theClientPageAndTheBriefShowTheRiskWithTheMethodAndWhatRaisesItMost() {
		UserAccount therapist = person(Role.THERAPIST);
		Client client = clientAtRisk(therapist);
		ClientDropoutRisk.Estimated risk = (ClientDropoutRisk.Estimated) this.dropoutRisk.of(therapist.asCurrentUser(),
				client.id());
		DropoutModelReport.Fitted model = (DropoutModelReport.Fitted) this.dropoutRisk.model(clinic().clinicId());
		String percent = Math.round(risk.risk() * 100) + "%";
		String method = String.format(Locale.ROOT,
				"by the clinic's dropout model (ridge logistic regression on %d finished episodes, cross-validated AUC %.2f)",
				model.episodes(), model.cvAuc());
		PageSession pages = PageSession.signIn(this.port, therapist.email(), TestClinic.PASSWORD);

		String page = pages.get("/clients/" + client.id()).body();
		assertThat(text(page, "dropout-risk-value", "</p>"))
			.isEqualTo(percent + " chance that this episode ends in dropout, from what the clinic knew by session 3.");
		assertThat(text(page, "dropout-risk-method", "</p>")).isEqualTo(method);
		assertThat(text(page, "dropout-driver-1", "</li>"))
			.startsWith("weak early alliance (client's alliance at sessions 1-2 (per-item mean, 1-5) 1, clinic mean ");
		assertThat(page).doesNotContain("id=\"dropout-risk-reason\"");
		assertThat(text(page, "dropout-risk", "</section>"))
			.endsWith("A risk of 25% (set by the clinic) or more puts a dropout-risk signal in the inbox.");

		String brief = pages.get("/clients/" + client.id() + "/brief").body();
		assertThat(text(brief, "dropout-risk-value", "</p>")).startsWith(percent + " chance");
		assertThat(text(brief, "dropout-risk-method", "</p>")).isEqualTo(method);
		assertThat(text(brief, "dropout-driver-1", "</li>")).startsWith("weak early alliance");
	}

	@Test
	void adminsAndSupervisorsReadTheModelATherapistMayNot() {
		DropoutModelReport.Fitted model = (DropoutModelReport.Fitted) this.dropoutRisk.model(clinic().clinicId());
		PageSession admin = PageSession.signIn(this.port, person(Role.ADMIN).email(), TestClinic.PASSWORD);
		PageSession.Page page = admin.get("/admin/dropout-model");
		assertThat(page.status()).isEqualTo(200);
		String body = page.body();
		assertThat(body).contains("id=\"nav-dropout-model\"");
		assertThat(text(body, "model-auc", "</strong>")).isEqualTo(String.format(Locale.ROOT, "%.3f", model.cvAuc()));
		assertThat(text(body, "model-slope", "</span>"))
			.isEqualTo(String.format(Locale.ROOT, "%.3f", model.calibrationSlope()));
		assertThat(text(body, "model-intercept", "</span>"))
			.isEqualTo(String.format(Locale.ROOT, "%.3f", model.calibrationIntercept()));
		assertThat(text(body, "model-episodes", "</dd>"))
			.startsWith(model.episodes() + " (" + model.dropouts() + " dropouts)");
		DropoutModelReport.Coefficient alliance = model.coefficients().get(5);
		assertThat(text(body, "coefficient-early_alliance", "</tr>")).isEqualTo(String.format(Locale.ROOT,
				"client's alliance at sessions 1-2 (per-item mean, 1-5) early_alliance %.3f %.2f %.4f %.2f %.2f",
				alliance.perSd(), Math.exp(alliance.perSd()), alliance.perUnit(), alliance.mean(), alliance.sd()));
		for (String term : new String[] { "(Intercept)", "phq9_baseline", "gad7_baseline", "phq9_early_change",
				"missed_sessions", "early_rupture" }) {
			assertThat(body).contains("id=\"coefficient-" + term + "\"");
		}
		// The calibration plot's data for the chart script, and its numbers as a table.
		assertThat(body).contains("<script type=\"application/json\" id=\"calibration-data\">", "\"predicted\":[",
				"/js/dropout-model-chart.js");
		assertThat(text(body, "calibration", "</table>")).startsWith("Group Episodes Predicted risk Dropped out 1 ");

		PageSession supervisor = PageSession.signIn(this.port, person(Role.SUPERVISOR).email(), TestClinic.PASSWORD);
		assertThat(supervisor.get("/admin/dropout-model").status()).isEqualTo(200);
		assertThat(supervisor.get("/admin/instruments").status()).isEqualTo(403);

		PageSession therapist = PageSession.signIn(this.port, person(Role.THERAPIST).email(), TestClinic.PASSWORD);
		PageSession.Page refused = therapist.get("/admin/dropout-model");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body()).doesNotContain("coefficient");
		assertThat(therapist.get("/clients").body()).doesNotContain("nav-dropout-model");
	}

	@Test
	void aClinicWithoutAModelIsToldWhy() {
		TestClinic small = newClinic();
		this.dropoutRisk.refit(small.id());
		PageSession admin = PageSession.signIn(this.port, small.admin().email(), TestClinic.PASSWORD);
		String body = admin.get("/admin/dropout-model").body();
		assertThat(text(body, "no-model-reason", "</p>")).isEqualTo(
				"No model: not enough finished episodes (0 dropouts, need 6). No client is given a dropout risk until there is one.");
		assertThat(body).doesNotContain("calibration-data", "id=\"coefficients\"");
	}

	@Test
	void theSignalsPageReadsTheRiskToday() throws Exception {
		UserAccount therapist = person(Role.THERAPIST);
		Client client = clientAtRisk(therapist);
		String id = await("a dropout-risk signal").atMost(ClientSignals.WITHIN)
			.pollInterval(Duration.ofMillis(100))
			.until(() -> this.jdbc.queryForList("select id from signal where client_id = ? and kind = 'dropout-risk'",
					String.class, client.id()), (ids) -> !ids.isEmpty())
			.get(0);
		PageSession pages = PageSession.signIn(this.port, therapist.email(), TestClinic.PASSWORD);
		String body = pages.get("/signals/" + id).body();
		assertThat(text(body, "signal-summary", "</h1>")).startsWith("Dropout risk ");
		assertThat(text(body, "rupture-result", "</dd>")).startsWith("now ")
			.contains(", by the clinic's dropout model (ridge logistic regression on ");
	}

}
