package nl.personacanvas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.personacanvas.io.WorkbookCodec;
import nl.personacanvas.io.WorkbookStore;
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
@Command(name = "merge", mixinStandardHelpOptions = true, resourceBundle = CommandFiles.BUNDLE)
final class MergeCommand implements Callable<Integer> {
    static final int CONFLICTS_KEPT = 3;

    @Option(names = "--into", required = true, paramLabel = "OUT", descriptionKey = "merge.into")
    Path into;

    @Parameters(paramLabel = "IN", arity = "1..*", descriptionKey = "merge.inputs")
    List<Path> inputs;

    @Spec
    CommandSpec spec;

    private final Locale locale;

    MergeCommand() {
        this(Locale.getDefault());
    }

    MergeCommand(Locale locale) {
        this.locale = locale;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        MergeText text = new MergeText(locale);
        CommandFiles files = new CommandFiles(new WorkbookStore(new WorkbookCodec()), text,
                spec.commandLine().getErr());
        List<Workbook> workbooks = new ArrayList<>();
        for (Path input : inputs) {
            Optional<Workbook> loaded = files.load(input);
            if (loaded.isEmpty()) {
                return CommandFiles.BAD_INPUT;
            }
            workbooks.add(loaded.get());
        }
        WorkbookMerger merger = new WorkbookMerger(locale);
        Workbook merged = workbooks.get(0);
        int conflicts = 0;
        for (int i = 1; i < workbooks.size(); i++) {
            MergeResult result = merger.mergeKeepingBoth(merged, workbooks.get(i), inputs.get(i).getFileName().toString());
            result.report().render(text).forEach(out::println);
            conflicts += result.report().conflictsKept();
            merged = result.workbook();
        }
        if (!files.save(merged, into)) {
            return CommandFiles.BAD_INPUT;
        }
        out.println(text.get("command.merge.written", into, merged.personas().size(), conflicts));
        return conflicts > 0 ? CONFLICTS_KEPT : CommandFiles.OK;
    }
}
