/**
 * What text people read must be to read as it is stored: rules on characters, in plain
 * Java, shared by the API's field rules and the accounts' names.
 */
package org.alliance.text;
