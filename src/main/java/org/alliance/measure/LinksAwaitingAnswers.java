package org.alliance.measure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The links of a clinic whose measures are not all answered, newest first: a measure
 * counts as answered when it was answered for the session by any way in. Not audited
 * here: the caller lists them for someone and audits that.
 */
@Component
public class LinksAwaitingAnswers {

	private final JdbcTemplate jdbc;

	LinksAwaitingAnswers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The clinic's links issued since the given instant with measures still to answer,
	 * newest first, expired ones included.
	 */
	public List<AwaitingLink> issuedSince(UUID clinicId, Instant since) {
		List<Row> rows = this.jdbc.query("""
				select l.token_hash, l.session_id, l.client_id, l.created_by, l.created_at, l.expires_at,
				ad.instrument_code from client_link l join administration ad on ad.link_token_hash = l.token_hash
				where l.clinic_id = ? and l.created_at >= ? and ad.response_id is null
				and not exists (select 1 from response r where r.session_id = ad.session_id
				                and r.instrument_code = ad.instrument_code and r.respondent = 'client')
				order by l.created_at desc, l.token_hash, ad.position""", (rs, i) -> new Row(
				new AwaitingLink(rs.getString(1), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
						rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(), List.of()),
				rs.getString(7)), clinicId, Timestamp.from(since));
		Map<String, AwaitingLink> links = new LinkedHashMap<>();
		Map<String, List<String>> pending = new LinkedHashMap<>();
		for (Row row : rows) {
			links.putIfAbsent(row.link().tokenHash(), row.link());
			pending.computeIfAbsent(row.link().tokenHash(), (k) -> new ArrayList<>()).add(row.code());
		}
		return links.values()
			.stream()
			.map((l) -> new AwaitingLink(l.tokenHash(), l.sessionId(), l.clientId(), l.createdBy(), l.createdAt(),
					l.expiresAt(), List.copyOf(pending.get(l.tokenHash()))))
			.toList();
	}

	private record Row(AwaitingLink link, String code) {
	}

}
