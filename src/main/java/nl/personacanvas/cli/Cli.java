package nl.personacanvas.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Entry point of the command line. Never touches JavaFX. Every outcome is an exit code from
 * {@link ExitCodes} and plain lines of text: no stack trace reaches the user, whatever the input.
 */
public final class Cli {
    static final String NAME = "persona-canvas";
    static final String LANG_OPTION = "--lang";
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private Cli() {
    }

    /**
     * Runs with the process's standard streams, in Dutch unless {@code --lang en}: the product speaks Dutch, as the
     * app does whatever the system's language (it followed the system, so posters came out English under C.UTF-8).
     */
    public static int run(String... args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        return run(out, err, DUTCH, args);
    }

    /**
     * Runs with the given streams (flushed before returning); {@code defaultLocale} decides the language
     * when there is no {@code --lang}: Dutch for a Dutch locale, English otherwise.
     */
    public static int run(PrintWriter out, PrintWriter err, Locale defaultLocale, String... args) {
        try {
            Locale locale;
            try {
                locale = chooseLocale(args, defaultLocale);
            } catch (IllegalArgumentException e) {
                CliContext fallback = new CliContext(out, err, supported(defaultLocale));
                err.println(NAME + ": " + fallback.msg("usage.error.badLanguage", e.getMessage()));
                err.println(fallback.msg("usage.error.tryHelp", NAME));
                return ExitCodes.USAGE;
            }
            return commandLine(new CliContext(out, err, locale)).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    public static Set<String> subcommandNames() {
        CliContext context = new CliContext(new PrintWriter(PrintWriter.nullWriter()),
                new PrintWriter(PrintWriter.nullWriter()), Locale.ENGLISH);
        return commandLine(context).getSubcommands().keySet();
    }

    private static CommandLine commandLine(CliContext context) {
        CommandLine cl = new CommandLine(new RootCommand());
        useBundle(cl, context.messages());
        cl.setOut(context.out());
        cl.setErr(context.err());
        cl.setParameterExceptionHandler((ex, args) -> usageError(context, ex));
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> internalError(context, ex));
        return cl;
    }

    /**
     * Gives the command line's texts to every command that does not bring its own bundle
     * ({@code @Command(resourceBundle = ...)}); picocli's own setter would override those too.
     */
    private static void useBundle(CommandLine cl, ResourceBundle bundle) {
        if (cl.getCommandSpec().resourceBundleBaseName() == null) {
            cl.getCommandSpec().resourceBundle(bundle);
        }
        cl.getSubcommands().values().forEach(sub -> useBundle(sub, bundle));
    }

    /** The language from {@code --lang nl|en} anywhere before {@code --}, else from the default locale. */
    static Locale chooseLocale(String[] args, Locale defaultLocale) {
        for (int i = 0; i < args.length; i++) {
            String value = null;
            if ("--".equals(args[i])) {
                break;
            } else if (LANG_OPTION.equals(args[i]) && i + 1 < args.length) {
                value = args[i + 1];
            } else if (args[i].startsWith(LANG_OPTION + "=")) {
                value = args[i].substring(LANG_OPTION.length() + 1);
            }
            if (value != null) {
                if (!List.of("nl", "en").contains(value)) {
                    throw new IllegalArgumentException(value);
                }
                return Locale.forLanguageTag(value);
            }
        }
        return supported(defaultLocale);
    }

    private static Locale supported(Locale locale) {
        return "nl".equals(locale.getLanguage()) ? Locale.forLanguageTag("nl") : Locale.ENGLISH;
    }

    private static int usageError(CliContext context, ParameterException ex) {
        String message;
        if (ex instanceof UnmatchedArgumentException u) {
            message = context.msg("usage.error.unknown", String.join(" ", u.getUnmatched()));
        } else if (ex instanceof MissingParameterException m) {
            message = context.msg("usage.error.missing", String.join(", ",
                    m.getMissing().stream().map(arg -> arg.isOption()
                            ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel()).toList()));
        } else if (ex.getMessage() != null && ex.getMessage().startsWith("Invalid value")) {
            message = context.msg("usage.error.invalid", ex.getMessage());
        } else {
            message = ex.getMessage();
        }
        String command = ex.getCommandLine().getCommandSpec().qualifiedName();
        context.err().println(command + ": " + message);
        context.err().println(context.msg("usage.error.tryHelp", command));
        return ExitCodes.USAGE;
    }

    /** A defect of the program, not of the input; still one line, so scripts and users are not flooded. */
    private static int internalError(CliContext context, Exception ex) {
        context.err().println(NAME + ": " + context.msg("error.internal", ex.getClass().getSimpleName(),
                String.valueOf(ex.getMessage())));
        return ExitCodes.BAD_INPUT;
    }
}
