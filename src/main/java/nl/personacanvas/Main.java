package nl.personacanvas;

import java.util.Set;
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

    static boolean isCommandLine(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        return first.startsWith("-") || Cli.subcommandNames().contains(first) && !looksLikeFile(first);
    }

    private static boolean looksLikeFile(String arg) {
        return Set.of('/', '\\', '.').stream().anyMatch(c -> arg.indexOf(c) >= 0);
    }
}
