package org.alliance.simulate;

import java.util.List;

/**
 * Made-up client names, an adjective and an animal, so no simulated client resembles a
 * person.
 */
final class Pseudonyms {

	private static final List<String> ADJECTIVES = List.of("Amber", "Blue", "Calm", "Dawn", "Eager", "Fern", "Gentle",
			"Hazel", "Ivory", "Jade", "Kind", "Lunar", "Misty", "North", "Olive", "Quiet", "Rapid", "Silver", "Tidal",
			"Violet");

	private static final List<String> ANIMALS = List.of("Badger", "Crane", "Dolphin", "Egret", "Falcon", "Gecko",
			"Heron", "Ibis", "Jay", "Koala", "Lynx", "Marten", "Newt", "Otter", "Puffin", "Quail", "Robin", "Seal",
			"Tern", "Vole", "Wren", "Fox", "Hare");

	private Pseudonyms() {
	}

	/**
	 * A distinct name for every 0-based index; beyond the list's reach a number keeps
	 * them apart.
	 */
	static String of(int index) {
		int combinations = ADJECTIVES.size() * ANIMALS.size();
		String name = ADJECTIVES.get(index % ADJECTIVES.size()) + " "
				+ ANIMALS.get((index / ADJECTIVES.size()) % ANIMALS.size());
		return (index < combinations) ? name : name + " " + (index / combinations + 1);
	}

}
