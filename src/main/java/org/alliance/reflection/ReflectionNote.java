package org.alliance.reflection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A reflection note as its author reads it back: the session it is about, the text and
 * the tags.
 *
 * @param sessionNumber the session's number in its episode of care
 * @param client the client's pseudonym, as the author's own pages name the client
 * @param text 1 to {@value Reflections#TEXT_LENGTH} characters, as written
 * @param tags in the list's order, possibly empty
 */
public record ReflectionNote(UUID id, UUID sessionId, UUID clientId, String client, int sessionNumber,
		LocalDate sessionDate, String text, List<ReflectionTag> tags, Instant writtenAt) {

	public ReflectionNote {
		tags = List.copyOf(tags);
	}

}
