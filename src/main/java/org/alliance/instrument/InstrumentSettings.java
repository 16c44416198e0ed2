package org.alliance.instrument;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the instrument module.
 *
 * @param licensedTextDir the directory holding licensed item text, one {@code <code>.txt}
 * file per instrument with one item per line; null when the clinic has none. Set
 * {@code alliance.instruments.licensed-text-dir} or the environment variable
 * {@code ALLIANCE_INSTRUMENTS_LICENSED_TEXT_DIR}.
 */
@ConfigurationProperties("alliance.instruments")
public record InstrumentSettings(Path licensedTextDir) {

}
