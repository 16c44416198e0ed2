package org.alliance.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command reference: one AsciiDoc man page for {@code ./alliance} and one for each of
 * its commands, written by picocli's man page generator from the commands themselves to
 * {@code target/generated-docs/commands/} on every {@code mvn verify};
 * {@code mvn verify -Pdocs} copies them to {@code docs/reference/commands/}. Written only
 * when every command, option and parameter says what it is for.
 */
class CommandReferenceTests {

	static final Path FOLDER = Path.of("target", "generated-docs", "commands");

	@Test
	void everyCommandIsDescribedAndItsPageWritten() throws IOException {
		CommandSpec root = new CommandLine(new AllianceCommand()).getCommandSpec();
		List<CommandSpec> commands = new ArrayList<>();
		collect(root, commands);
		List<String> undescribed = new ArrayList<>();
		for (CommandSpec command : commands) {
			String name = command.qualifiedName(" ");
			if (String.join("", command.usageMessage().description()).isBlank()) {
				undescribed.add(name);
			}
			for (OptionSpec option : command.options()) {
				if (!option.hidden() && String.join("", option.description()).isBlank()) {
					undescribed.add(name + " " + option.longestName());
				}
			}
			for (PositionalParamSpec parameter : command.positionalParameters()) {
				if (!parameter.hidden() && String.join("", parameter.description()).isBlank()) {
					undescribed.add(name + " " + parameter.paramLabel());
				}
			}
		}
		assertThat(undescribed).isEmpty();

		clear(FOLDER);
		int exit = ManPageGenerator.generateManPage(FOLDER.toFile(), null, new boolean[0], false, root);
		assertThat(exit).isZero();
		try (Stream<Path> pages = Files.list(FOLDER)) {
			assertThat(pages.map((page) -> page.getFileName().toString())).containsExactlyInAnyOrderElementsOf(
					commands.stream().map((command) -> command.qualifiedName("-") + ".adoc").toList());
		}
	}

	private static void collect(CommandSpec command, List<CommandSpec> into) {
		if (command.usageMessage().hidden() || into.contains(command)) {
			return;
		}
		into.add(command);
		command.subcommands().values().forEach((sub) -> collect(sub.getCommandSpec(), into));
	}

	private static void clear(Path folder) throws IOException {
		if (Files.isDirectory(folder)) {
			try (Stream<Path> old = Files.list(folder)) {
				for (Path page : old.toList()) {
					Files.delete(page);
				}
			}
		}
		Files.createDirectories(folder);
	}

}
