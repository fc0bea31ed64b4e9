package dev.warden.cli;

import java.util.Arrays;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A command line holding only the subcommand that {@code args[0]} names, for {@link Main#main}.
 *
 * <p>Why: picocli builds the model of every registered subcommand when the root command line is
 * created, which instantiates every command and loads the classes their fields and static
 * initializers name (the policy engine, the catalogue, Jackson's ObjectMapper). A short command such
 * as {@code exec} paid for all of them at every start (issue #6). The subcommands are read from the
 * root's {@code @Command(subcommands = …)} list, so a command registered there is found here without
 * another edit. Anything else (no arguments, a root option such as {@code --help}, the {@code help}
 * command, an unknown name) gets the full command line, so usage and error messages stay complete.
 */
final class SingleCommandLine {

  private SingleCommandLine() {}

  /** The command line for {@code args} with only {@code args[0]}'s subcommand, or empty for the full one. */
  static Optional<CommandLine> of(Class<?> root, String[] args) {
    if (args.length == 0 || args[0].startsWith("-")) {
      return Optional.empty();
    }
    Command rootCommand = root.getAnnotation(Command.class);
    for (Class<?> subcommand : rootCommand.subcommands()) {
      Command command = subcommand.getAnnotation(Command.class);
      if (command == null || subcommand == CommandLine.HelpCommand.class || !names(command, args[0])) {
        continue;
      }
      CommandSpec rootSpec = CommandSpec.create()
          .name(rootCommand.name())
          .version(rootCommand.version())
          .mixinStandardHelpOptions(rootCommand.mixinStandardHelpOptions());
      rootSpec.usageMessage().description(rootCommand.description());
      CommandLine commandLine = new CommandLine(rootSpec);
      commandLine.addSubcommand(new CommandLine(subcommand));
      return Optional.of(commandLine);
    }
    return Optional.empty();
  }

  private static boolean names(Command command, String name) {
    return command.name().equals(name) || Arrays.asList(command.aliases()).contains(name);
  }
}
