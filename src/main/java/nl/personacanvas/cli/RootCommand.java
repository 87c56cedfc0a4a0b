package nl.personacanvas.cli;

import picocli.CommandLine.Command;

@Command(name = "persona-canvas", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {CheckCommand.class, SortCommand.class, EvalCommand.class, BenchCommand.class},
        description = "Persona Canvas: persona canvases for internationalisation in mbo.")
final class RootCommand implements Runnable {
    @Override
    public void run() {
        // With no subcommand the launcher starts the desktop app; reaching here means only options were given.
    }
}
