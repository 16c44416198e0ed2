/**
 * The pages' common ground: the sign-in page, the product's error pages (for unknown
 * paths, refused requests and whatever a page handler could not do), the shared layout
 * ({@code templates/fragments.html}) and the form helpers every module's pages use
 * ({@link org.alliance.web.PageProblems}, {@link org.alliance.web.FormValues}).
 * <p>
 * Each feature's pages live in its own module, templates under
 * {@code templates/<module>/} (each feature owns its web controllers and templates:
 * docs/manual.md, "Code layout"). This module depends on no feature module, so any of
 * them may use it.
 */
package org.alliance.web;
