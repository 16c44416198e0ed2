package org.alliance.measure;

import java.util.List;

import org.alliance.storage.DurableWrite;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stores a response given through a personal link and marks its administration done, in
 * one transaction; a measure answered twice through the same link is refused the second
 * time, and so is an answer through a link that was revoked or replaced meanwhile
 * (checked in the same transaction, so that a revocation that came first always wins).
 */
record LinkAnswer(NewResponse response, String linkHash) implements DurableWrite<Recorded> {

	@Override
	public Recorded writeWith(JdbcTemplate jdbc) {
		List<String> revoked = jdbc.queryForList(
				"select revoked_why from client_link where token_hash = ? and revoked_at is not null", String.class,
				this.linkHash);
		if (!revoked.isEmpty()) {
			throw new LinkNoLongerValid(this.response.session().clinicId(),
					"replaced".equals(revoked.get(0)) ? LinkState.REPLACED : LinkState.REVOKED);
		}
		Recorded recorded = this.response.writeWith(jdbc);
		int marked = jdbc.update("""
				update administration set response_id = ?
				where link_token_hash = ? and instrument_code = ? and response_id is null""", recorded.id(),
				this.linkHash, this.response.instrument());
		if (marked == 0) {
			throw new AnsweredOnLink(this.response.instrument());
		}
		return recorded;
	}

	static class AnsweredOnLink extends RuntimeException {

		AnsweredOnLink(String instrument) {
			super("The measure " + instrument + " was already answered through this link");
		}

	}

}
