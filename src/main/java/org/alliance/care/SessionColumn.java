package org.alliance.care;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alliance.security.CurrentUser;

/**
 * A column another module adds to the "This week" page ({@code /week}): what it knows of
 * each booked session, e.g. the measures due from the client and those that came in. As
 * with {@link CaseloadColumn}, those modules depend on {@code care}, so they contribute
 * rather than being called.
 */
public interface SessionColumn {

	/** The column's heading, e.g. "Due from the client". */
	String heading();

	/**
	 * A short stable name, used as the cells' class and in their ids, e.g. {@code due}.
	 */
	String name();

	/**
	 * Each session's cell text by session id; a session without one shows a dash. Never
	 * null. The caller has checked that the person may see every session given.
	 * @param sessions sessions of clients the person sees
	 */
	Map<UUID, String> cells(CurrentUser user, List<CareSession> sessions);

}
