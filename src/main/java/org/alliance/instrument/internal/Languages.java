package org.alliance.instrument.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.alliance.instrument.AnswerOption;
import org.alliance.instrument.Item;

/**
 * The languages an instrument can be given in: those in which every item and every option
 * has its text. The file's own language comes first.
 */
final class Languages {

	private Languages() {
	}

	static List<String> complete(List<Item> items, String baseLanguage) {
		if (items.isEmpty()) {
			return List.of();
		}
		Set<String> common = new TreeSet<>(items.get(0).texts().keySet());
		for (Item item : items) {
			common.retainAll(item.texts().keySet());
			for (AnswerOption option : item.options()) {
				common.retainAll(option.labels().keySet());
			}
		}
		List<String> languages = new ArrayList<>();
		if (common.remove(baseLanguage)) {
			languages.add(baseLanguage);
		}
		languages.addAll(common);
		return languages;
	}

}
