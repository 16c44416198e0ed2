/**
 * The episode report: for the end of an episode of care (or, marked provisional, for an
 * open one), a printable page and a PDF of the same content (docs/manual.md, "Episode
 * report"): the client, therapist, dates, end reason and attendance; the symptom and
 * alliance charts; the reliable-change verdicts, the NHS Talking Therapies categories and
 * the on-track verdict with its method ({@code outcome}); ruptures and repairs
 * ({@code alliance}); and the signals of the episode with the steps taken and their
 * resolution ({@code signal}). Its link on the client page comes through
 * {@link org.alliance.care.ClientPagePart}.
 * <p>
 * This module reads {@code care}, {@code outcome}, {@code alliance} and {@code signal}
 * and none of them reads it, so it sits on top of them without a cycle; that is why the
 * report is a module of its own rather than part of {@code outcome}.
 *
 * <h2>The charts</h2> The PDF renderer runs no script, so the charts are laid out on the
 * server once ({@link org.alliance.report.Chart}) and written twice: as inline SVG on the
 * page and, in the PDF, drawn with the renderer's own pen as vector paths and text in the
 * embedded font. The two show the same marks at the same places.
 *
 * <h2>Why openhtmltopdf, and its licence</h2> The PDF is the page's own template laid out
 * by openhtmltopdf ({@code io.github.openhtmltopdf:openhtmltopdf-pdfbox}, the maintained
 * fork of the Flying Saucer lineage, on Apache PDFBox 3), so the page and the PDF cannot
 * drift apart. openhtmltopdf is under the GNU LGPL 2.1 or later; PDFBox and the
 * graphics2d bridge it brings are under the Apache License 2.0. The LGPL lets a program
 * that uses an unmodified library through its interface be distributed under the
 * program's own terms (LGPL 2.1 section 6; LGPL 3.0 section 4, which "or later" allows),
 * so Alliance stays under the Apache License 2.0. What distributing Alliance with it
 * asks: the library stays a separate, replaceable jar (Spring Boot's executable jar nests
 * it unchanged in {@code BOOT-INF/lib}), its licence notice goes with it, and its source
 * is offered (Maven Central publishes it beside the jar). Nothing under the GPL or AGPL
 * is used. The other HTML-to-PDF routes were weighed: iText's pdfHTML is AGPL (Alliance's
 * users would have to publish their changes to the whole server); Flying Saucer is LGPL
 * as well, but on the older OpenPDF 1 line and less kept; Apache FOP is Apache-licensed
 * but lays out XSL-FO, not HTML, so the report would be written twice in two languages; a
 * headless browser (wkhtmltopdf, Chromium) is a native program the server would have to
 * install and run, where openhtmltopdf is a jar.
 *
 * <h2>The font</h2> Liberation Sans Regular, the face Apache PDFBox carries in its jar
 * (SIL Open Font Licence 1.1), is embedded (subset) in every PDF: Spanish and the
 * report's symbols render the same on every machine and nothing is downloaded. PDFBox
 * carries no bold face, so bold text is set in the regular face.
 */
package org.alliance.report;
