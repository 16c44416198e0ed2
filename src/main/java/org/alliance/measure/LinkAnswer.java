package org.alliance.measure;

import org.alliance.storage.DurableWrite;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stores a response given through a personal link and marks its administration done, in
 * one transaction; a measure answered twice through the same link is refused the second
 * time.
 */
record LinkAnswer(NewResponse response, String linkHash) implements DurableWrite<Recorded> {

	@Override
	public Recorded writeWith(JdbcTemplate jdbc) {
		Recorded recorded = this.response.writeWith(jdbc);
		int marked = jdbc.update("""
				update administration set response_id = ?
				where link_token_hash = ? and instrument_code = ? and response_id is null""", recorded.id(),
				this.linkHash, this.response.instrument());
		if (marked == 0) {
			throw new AlreadyAnswered(this.response.instrument());
		}
		return recorded;
	}

	static class AlreadyAnswered extends RuntimeException {

		AlreadyAnswered(String instrument) {
			super("The measure " + instrument + " was already answered through this link");
		}

	}

}
