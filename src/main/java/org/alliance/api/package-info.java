/**
 * The JSON API's common ground: RFC 9457 problem details and the request errors every
 * module raises.
 */
package org.alliance.api;
