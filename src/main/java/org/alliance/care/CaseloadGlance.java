package org.alliance.care;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alliance.care.CaseloadColumn.Attention;
import org.alliance.care.CaseloadColumn.Cell;

/**
 * One line of the caseload: who is at risk, at a glance.
 *
 * @param client the client, never null
 * @param lastSession the latest session held (not still booked) on or before today, or
 * null
 * @param nextSession the first session still booked, or else the first dated after today,
 * or null
 * @param cells the other modules' cells, in the order of the columns, null where a column
 * has nothing to say about the client
 * @param attention the most urgent of the cells' attention
 */
record CaseloadGlance(Client client, CareSession lastSession, CareSession nextSession, List<Cell> cells,
		Attention attention) {

	/** Whether a column calls for attention now (a risk answer): the line stands out. */
	public boolean atRisk() {
		return this.attention == Attention.URGENT;
	}

	/**
	 * One line per client, the most urgent first (a risk answer, then anything to work,
	 * then the rest), otherwise in the order given.
	 * @param sessions by client, each list by date
	 * @param columns each column's cells by client id, in the order of the columns
	 */
	static List<CaseloadGlance> of(List<Client> clients, Map<UUID, List<CareSession>> sessions,
			List<Map<UUID, Cell>> columns, LocalDate today) {
		List<CaseloadGlance> lines = new ArrayList<>();
		for (Client client : clients) {
			CareSession last = null;
			CareSession next = null;
			for (CareSession session : sessions.getOrDefault(client.id(), List.of())) {
				if (!session.booked() && !session.date().isAfter(today)) {
					last = session;
				}
				else if (next == null && (session.booked() || session.date().isAfter(today))) {
					next = session;
				}
			}
			List<Cell> cells = new ArrayList<>();
			Attention attention = Attention.NONE;
			for (Map<UUID, Cell> column : columns) {
				Cell cell = column.get(client.id());
				cells.add(cell);
				if (cell != null && cell.attention().compareTo(attention) < 0) {
					attention = cell.attention();
				}
			}
			lines.add(new CaseloadGlance(client, last, next, cells, attention));
		}
		lines.sort(Comparator.comparing(CaseloadGlance::attention));
		return lines;
	}

}
