package org.alliance.simulate;

/**
 * A file the CSV writer wrote.
 *
 * @param name file name inside the output folder
 * @param rows data rows, not counting the header (lines for README.txt)
 */
public record WrittenFile(String name, int rows) {
}
