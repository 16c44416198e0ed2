package org.alliance.measure;

import java.util.Optional;

import org.alliance.care.ClientPagePart.Fragment;
import org.alliance.language.ClientLanguages;

/**
 * A part another module adds to the client's pages behind a personal link, after the
 * measures due: the client's goals, tasks to tick and agenda to propose
 * ({@code collaboration}), for instance. Each part is a Thymeleaf fragment of the
 * contributing module's own templates, given its values as {@code values}; besides them
 * it may read the page's {@code token} and {@code lang}. Parts appear in their beans'
 * order ({@code @Order}), on the measure's page below its form and on the closing page.
 * <p>
 * Why an interface here: the modules that know about a client's goals and tasks depend on
 * this one (a task is ticked behind a link this module checks), so the link's pages
 * cannot call them without a cycle; they contribute instead. A part must set no
 * third-party request and read in each client language: its words are keys of the message
 * bundles ({@link ClientLanguages}), read with {@code #{...}}.
 */
public interface LinkPagePart {

	/**
	 * The cookie that remembers the language a client chose on a link, scoped to the
	 * link's path ({@code /r/<token>}), so a part's own forms under that path read it
	 * too.
	 */
	String LANGUAGE_COOKIE = ClientLanguages.COOKIE;

	/**
	 * The part for this visit, or empty when it has nothing to show.
	 * @param visit the link's visit, valid and not expired
	 * @param language the client's language, one of {@link ClientLanguages#codes()}
	 */
	Optional<Fragment> of(LinkVisit visit, String token, String language);

}
