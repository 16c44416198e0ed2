/**
 * Reading instrument files and licensed text; not part of the module's API.
 */
package org.alliance.instrument.internal;
