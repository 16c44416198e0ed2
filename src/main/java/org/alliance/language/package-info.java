/**
 * The languages clients read Alliance in: one message bundle per language on the
 * classpath ({@code messages.properties} in English, {@code messages_es.properties} in
 * Spanish), the language a page is rendered in, and the words code writes to a client
 * ({@link org.alliance.language.ClientLanguages}). Adding a language is adding its
 * bundle.
 * <p>
 * This module depends on no other, so every module that speaks to a client (the link's
 * pages, the portal, the kiosk, the emails, the error pages, the clinic's settings) may
 * use it.
 */
package org.alliance.language;
