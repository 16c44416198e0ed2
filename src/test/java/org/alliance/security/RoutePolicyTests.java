package org.alliance.security;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.alliance.ServerOnH2;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route Spring MVC maps has its line in the route policy, and every line names a
 * mapped route: a new route cannot ship without someone deciding who may use it.
 */
class RoutePolicyTests extends ServerOnH2 {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyMappedRouteHasALineInThePolicyAndEveryLineAMappedRoute() {
		Set<String> mapped = new TreeSet<>();
		this.mappings.getHandlerMethods().keySet().forEach((info) -> {
			Set<String> methods = info.getMethodsCondition()
				.getMethods()
				.stream()
				.map(Enum::name)
				.collect(Collectors.toSet());
			for (String path : info.getPatternValues()) {
				if (methods.isEmpty()) {
					mapped.add("* " + path);
				}
				methods.forEach((method) -> mapped.add(method + " " + path));
			}
		});
		Set<String> listed = RoutePolicy.load()
			.lines()
			.stream()
			.map(RoutePolicy.Line::key)
			.collect(Collectors.toCollection(TreeSet::new));
		Set<String> unlisted = new TreeSet<>(mapped);
		unlisted.removeAll(listed);
		Set<String> unmapped = new TreeSet<>(listed);
		unmapped.removeAll(mapped);
		assertThat(unlisted).as("routes without a line in security/route-policy.tsv").isEmpty();
		assertThat(unmapped).as("lines of security/route-policy.tsv naming no route").isEmpty();
	}

}
