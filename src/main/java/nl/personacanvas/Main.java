package nl.personacanvas;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import nl.personacanvas.cli.Cli;
import nl.personacanvas.ui.DesktopLauncher;

/**
 * One program, two faces: with a subcommand or an option it is the command line and never touches
 * JavaFX (so it works without a display); otherwise it opens the desktop app, on the file given or on
 * the sample workbook.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (isCommandLine(args)) {
            System.exit(Cli.run(args));
        }
        DesktopLauncher.launch(args);
    }

    /**
     * True for options and subcommands, and for any other word that neither looks like a path nor is an
     * existing file: a mistyped subcommand belongs to the command line, which answers with exit code 2.
     */
    static boolean isCommandLine(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        // No subcommand name has a dot or slash: a double-clicked file skips building the command model.
        if (!first.startsWith("-") && looksLikePath(first)) {
            return false;
        }
        if (first.startsWith("-") || Cli.subcommandNames().contains(first)) {
            return true;
        }
        return !looksLikePath(first) && !exists(first);
    }

    private static boolean looksLikePath(String arg) {
        return arg.indexOf('/') >= 0 || arg.indexOf('\\') >= 0 || arg.indexOf('.') >= 0;
    }

    private static boolean exists(String arg) {
        try {
            return Files.exists(Path.of(arg));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
