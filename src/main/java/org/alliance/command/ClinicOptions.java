package org.alliance.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.alliance.security.NewClinic;
import org.alliance.security.PasswordPolicy;
import picocli.CommandLine.Option;

/**
 * What {@code setup} and {@code clinic create} ask for: the clinic and its first admin.
 * Options left out are asked for on the console when there is one; the password is read
 * there without echo, twice.
 */
class ClinicOptions {

	@Option(names = "--clinic", paramLabel = "NAME", description = "The clinic's name, e.g. \"Riverside Therapy\".")
	String name;

	@Option(names = "--time-zone", paramLabel = "ZONE",
			description = "The clinic's time zone as a region, e.g. Europe/London or America/New_York.")
	String timeZone;

	@Option(names = "--languages", paramLabel = "CODES",
			description = "Languages clients may answer in, comma-separated (default: en,es).")
	String languages;

	@Option(names = "--crisis-phone", paramLabel = "NUMBER",
			description = "The clinic's number for a client in crisis, put into the crisis text a client reads"
					+ " after a risk answer (default: the text names emergency numbers only).")
	String crisisPhone;

	@Option(names = "--admin-email", paramLabel = "EMAIL", description = "The first admin's email (sign-in name).")
	String adminEmail;

	@Option(names = "--admin-name", paramLabel = "NAME", description = "The first admin's name, e.g. \"Ana Ruiz\".")
	String adminName;

	@Option(names = "--admin-password-file", paramLabel = "FILE",
			description = "A file holding the first admin's password (one line; at least " + PasswordPolicy.MIN_LENGTH
					+ " characters). Without it, asked on the console.")
	Path adminPasswordFile;

	/**
	 * The clinic as given, asking on the console for what is missing.
	 * @throws IllegalArgumentException naming the option when a value is missing and
	 * there is no console to ask, or the password file cannot be read
	 */
	NewClinic read(PrintWriter out) {
		Prompt prompt = new Prompt(out);
		String clinic = prompt.orAsk(this.name, "--clinic", "Clinic name");
		String zone = prompt.orAsk(this.timeZone, "--time-zone", "Time zone (e.g. Europe/London)");
		String email = prompt.orAsk(this.adminEmail, "--admin-email", "First admin's email");
		String admin = prompt.orAsk(this.adminName, "--admin-name", "First admin's name");
		String password = (this.adminPasswordFile != null) ? passwordFromFile() : prompt.password();
		return new NewClinic(clinic, zone, this.languages, this.crisisPhone, email, admin, password);
	}

	private String passwordFromFile() {
		try {
			String text = Files.readString(this.adminPasswordFile, StandardCharsets.UTF_8);
			// The file's line ending is not part of the password; anything else is (ASVS
			// 5.0 6.2.8: verified exactly as received).
			return text.endsWith("\r\n") ? text.substring(0, text.length() - 2)
					: text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
		}
		catch (IOException ex) {
			throw new IllegalArgumentException(
					"--admin-password-file: cannot read " + this.adminPasswordFile + " (" + ex.getMessage() + ")");
		}
	}

	/** Asks on the console, if there is one, for what the options did not give. */
	private record Prompt(PrintWriter out) {

		String orAsk(String given, String option, String question) {
			if (given != null) {
				return given;
			}
			if (System.console() == null) {
				throw new IllegalArgumentException(option + " is required (no console to ask on).");
			}
			return System.console().readLine("%s: ", question);
		}

		String password() {
			if (System.console() == null) {
				throw new IllegalArgumentException("--admin-password-file is required (no console to ask on).");
			}
			this.out.println("Choose the admin's password: at least " + PasswordPolicy.MIN_LENGTH + " characters, "
					+ PasswordPolicy.RECOMMENDED_LENGTH + " or more recommended; a few unrelated words work well.");
			this.out.flush();
			char[] first = System.console().readPassword("Password: ");
			char[] second = System.console().readPassword("Password again: ");
			try {
				if (first == null || !Arrays.equals(first, second)) {
					throw new IllegalArgumentException("The two passwords differ; nothing was created.");
				}
				return new String(first);
			}
			finally {
				Arrays.fill(first != null ? first : new char[0], ' ');
				Arrays.fill(second != null ? second : new char[0], ' ');
			}
		}

	}

}
