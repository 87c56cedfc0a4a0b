package nl.personacanvas.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The top command. Subcommands are listed here and live in their own classes; texts come from
 * {@code cli/messages_*.properties} (keys {@code persona-canvas.<command>.usage.*}).
 */
@Command(name = Cli.NAME, mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {ValidateCommand.class, InfoCommand.class, MergeCommand.class, CompareCommand.class,
                HeatmapCommand.class, ExportCommand.class, CheckCommand.class, SortCommand.class, EvalCommand.class, BenchCommand.class})
final class RootCommand implements Callable<Integer> {

    /** Read before parsing by {@link Cli#chooseLocale}; declared so picocli accepts and documents it. */
    @Option(names = "--lang", paramLabel = "nl|en", scope = ScopeType.INHERIT, order = 100)
    String language;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), CliContext.of(spec).msg("usage.error.missingCommand"));
    }
}
