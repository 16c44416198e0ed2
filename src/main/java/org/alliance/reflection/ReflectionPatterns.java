package org.alliance.reflection;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A therapist's own patterns across their reflection notes: how often each tag was used
 * and with how many clients, the tags per client, and the tags per month (of the session
 * the note is about). Counts are of notes: a note with two tags counts once under each.
 *
 * @param notes how many notes in all
 * @param untagged how many of them carry no tag
 * @param tags every tag on the list, most used first (ties in the list's order)
 * @param clients the clients written about, most notes first
 * @param months the months with notes, oldest first
 * @param used the tags used at least once, in the list's order: the columns of the client
 * and month tables
 */
record ReflectionPatterns(int notes, int untagged, List<TagCount> tags, List<Row> clients, List<Row> months,
		List<ReflectionTag> used) {

	/**
	 * One tag's use.
	 *
	 * @param notes notes with the tag
	 * @param clients distinct clients those notes are about
	 */
	record TagCount(ReflectionTag tag, int notes, int clients) {
	}

	/**
	 * One line of the client or month table.
	 *
	 * @param label the client's pseudonym or the month, e.g. {@code 2026-11}
	 * @param notes notes in the line
	 * @param counts notes per tag; a tag not used in the line is absent
	 */
	record Row(String label, int notes, Map<ReflectionTag, Integer> counts) {

		/** Notes with the tag in this line, 0 when none. */
		public int count(ReflectionTag tag) {
			return this.counts.getOrDefault(tag, 0);
		}

	}

	static ReflectionPatterns of(List<ReflectionNote> notes) {
		Map<ReflectionTag, Integer> byTag = new EnumMap<>(ReflectionTag.class);
		Map<ReflectionTag, Set<UUID>> clientsByTag = new EnumMap<>(ReflectionTag.class);
		Map<UUID, Tally> byClient = new LinkedHashMap<>();
		Map<YearMonth, Tally> byMonth = new TreeMap<>();
		int untagged = 0;
		for (ReflectionNote note : notes) {
			if (note.tags().isEmpty()) {
				untagged++;
			}
			for (ReflectionTag tag : note.tags()) {
				byTag.merge(tag, 1, Integer::sum);
				clientsByTag.computeIfAbsent(tag, (k) -> new HashSet<>()).add(note.clientId());
			}
			byClient.computeIfAbsent(note.clientId(), (k) -> new Tally(note.client())).add(note);
			YearMonth month = YearMonth.from(note.sessionDate());
			byMonth.computeIfAbsent(month, (k) -> new Tally(month.toString())).add(note);
		}
		List<TagCount> tags = new ArrayList<>();
		for (ReflectionTag tag : ReflectionTag.values()) {
			tags.add(new TagCount(tag, byTag.getOrDefault(tag, 0), clientsByTag.getOrDefault(tag, Set.of()).size()));
		}
		tags.sort(Comparator.comparingInt(TagCount::notes).reversed());
		List<Row> clients = byClient.values()
			.stream()
			.map(Tally::row)
			.sorted(Comparator.comparingInt(Row::notes).reversed().thenComparing(Row::label))
			.toList();
		List<Row> months = byMonth.values().stream().map(Tally::row).toList();
		List<ReflectionTag> used = List.of(ReflectionTag.values()).stream().filter(byTag::containsKey).toList();
		return new ReflectionPatterns(notes.size(), untagged, tags, clients, months, used);
	}

	/** Counts of one line while they are gathered. */
	private static final class Tally {

		private final String label;

		private int notes;

		private final Map<ReflectionTag, Integer> counts = new EnumMap<>(ReflectionTag.class);

		Tally(String label) {
			this.label = label;
		}

		void add(ReflectionNote note) {
			this.notes++;
			note.tags().forEach((tag) -> this.counts.merge(tag, 1, Integer::sum));
		}

		Row row() {
			return new Row(this.label, this.notes, Map.copyOf(this.counts));
		}

	}

}
