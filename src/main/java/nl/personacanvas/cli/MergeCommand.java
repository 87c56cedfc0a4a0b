package nl.personacanvas.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.personacanvas.io.SaveFailedException;
import nl.personacanvas.merge.MergeResult;
import nl.personacanvas.merge.MergeText;
import nl.personacanvas.merge.WorkbookMerger;
import nl.personacanvas.model.Workbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code merge --into OUT IN...}: merges the IN files in order into OUT without asking, keeping both
 * versions of every conflict (theirs marked) and reporting each. All inputs are read before anything is
 * written, so a bad input leaves OUT as it was.
 */
@Command(name = "merge", mixinStandardHelpOptions = true)
final class MergeCommand implements Callable<Integer> {
    static final int CONFLICTS_KEPT = 3;

    @Option(names = "--into", required = true, paramLabel = "OUT", descriptionKey = "merge.into")
    Path into;

    @Parameters(paramLabel = "IN", arity = "1..*", descriptionKey = "merge.inputs")
    List<Path> inputs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CliContext context = CliContext.of(spec);
        MergeText text = new MergeText(context.locale());
        WorkbookInput input = new WorkbookInput(context);
        List<Workbook> workbooks = new ArrayList<>();
        for (Path file : inputs) {
            Optional<Workbook> loaded = input.load(file);
            if (loaded.isEmpty()) {
                return ExitCodes.BAD_INPUT;
            }
            workbooks.add(loaded.get());
        }
        WorkbookMerger merger = new WorkbookMerger(context.locale());
        Workbook merged = workbooks.get(0);
        int conflicts = 0;
        for (int i = 1; i < workbooks.size(); i++) {
            MergeResult result = merger.mergeKeepingBoth(merged, workbooks.get(i), inputs.get(i).getFileName().toString());
            result.report().render(text).forEach(context.out()::println);
            conflicts += result.report().conflictsKept();
            merged = result.workbook();
        }
        try {
            context.store().save(merged, into);
        } catch (SaveFailedException e) {
            context.err().println(into + ": " + context.msg("merge.error.write", e.describe(context.locale())));
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            context.err().println(into + ": " + context.msg("merge.error.write", String.valueOf(e.getMessage())));
            return ExitCodes.BAD_INPUT;
        }
        context.out().println(text.get("command.merge.written", into, merged.personas().size(), conflicts));
        return conflicts > 0 ? CONFLICTS_KEPT : ExitCodes.OK;
    }
}
