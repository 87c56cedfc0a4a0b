package nl.personacanvas.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate FILE...}: checks that files are workbooks this version reads, listing every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "validate.files")
    List<Path> files;

    @Option(names = {"-q", "--quiet"}, descriptionKey = "validate.quiet")
    boolean quiet;

    @Spec
    CommandSpec spec;

    private CliContext context;

    @Override
    public Integer call() {
        context = CliContext.of(spec);
        WorkbookInput input = new WorkbookInput(context);
        boolean allValid = true;
        for (Path file : files) {
            boolean valid = input.load(file).isPresent();
            if (valid && !quiet) {
                context.out().println(file + ": " + context.msg("validate.valid"));
            }
            allValid &= valid;
        }
        return allValid ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }
}
