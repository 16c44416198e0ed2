package org.alliance.security;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * A clinic on this installation, as {@code clinic list} shows it.
 *
 * @param id the clinic
 * @param name its name
 * @param timeZone where its dates and times are read
 * @param languages the languages its clients may answer in
 * @param demo whether it is the simulated demo clinic
 * @param people how many accounts it has, of any status
 */
public record ClinicSummary(UUID id, String name, ZoneId timeZone, List<String> languages, boolean demo, int people) {
}
