package org.alliance.care;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.alliance.security.CurrentUser;

/**
 * A part another module adds to a client's page: the measures answered at each session
 * and their charts ({@code measure}), for instance. Each part is a Thymeleaf fragment of
 * the contributing module's own templates; besides its own values it may read the page's
 * {@code user}, {@code client} and {@code sessions}. Parts appear in their beans' order
 * ({@code @Order}), after the client's heading and before the care forms.
 * <p>
 * Why an interface here: the modules that know about a client's sessions depend on
 * {@code care}, so the client page cannot call them without a cycle between modules; they
 * contribute to it instead.
 */
public interface ClientPagePart {

	/**
	 * The part for this client, or empty when it has nothing to show.
	 * @param sessions the client's sessions by date
	 */
	Optional<Fragment> of(CurrentUser user, Client client, List<CareSession> sessions);

	/**
	 * A fragment and the values it reads (as {@code values} in the fragment).
	 *
	 * @param template the template, e.g. {@code measure/client-part}
	 * @param selector the fragment in it, e.g. {@code sessions}
	 */
	record Fragment(String template, String selector, Map<String, Object> values) {
	}

}
