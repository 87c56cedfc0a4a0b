package nl.personacanvas.cli;

import java.util.Set;
import picocli.CommandLine;

/** Entry point of the command line; subcommands live in their own classes. */
public final class Cli {

    private Cli() {
    }

    public static int run(String... args) {
        return new CommandLine(new RootCommand()).execute(args);
    }

    public static Set<String> subcommandNames() {
        return new CommandLine(new RootCommand()).getSubcommands().keySet();
    }
}
