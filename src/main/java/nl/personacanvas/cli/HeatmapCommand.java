package nl.personacanvas.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.personacanvas.check.CanvasChecker;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.merge.CheckerElementMatcher;
import nl.personacanvas.merge.CoverageMatrix;
import nl.personacanvas.merge.TeamCoverage;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.pdf.CoveragePdf;
import nl.personacanvas.pdf.ExportMonitor;
import nl.personacanvas.pdf.FontLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code heatmap FILE --pdf OUT [--activity A1..A5]}: the team's coverage of one core activity's matrix elements as
 * the coverage window's heatmap PDF (A3 landscape), from the same {@link TeamCoverage} and {@link CoveragePdf}; without
 * {@code --activity}, the activity the window shows first (the one with the most personas).
 */
@Command(name = "heatmap", mixinStandardHelpOptions = true)
final class HeatmapCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1", descriptionKey = "heatmap.file")
    Path file;

    @Option(names = "--pdf", paramLabel = "OUT", required = true, descriptionKey = "heatmap.pdf")
    Path pdf;

    @Option(names = "--activity", paramLabel = "A1..A5", descriptionKey = "heatmap.activity")
    String activity;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CliContext context = CliContext.of(spec);
        Optional<Workbook> loaded = new WorkbookInput(context).load(file);
        if (loaded.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        CompetencyMatrix matrix = CompetencyMatrix.loadBundled();
        TeamCoverage team = TeamCoverage.of(loaded.get(), matrix, new CheckerElementMatcher(new CanvasChecker(matrix)));
        Optional<CoverageMatrix> chosen = activity == null ? team.mostPersonas()
                : team.activities().stream().filter(this::wanted).findFirst();
        CoverageMatrix heatmap = chosen
                .orElseThrow(() -> new ParameterException(spec.commandLine(), context.msg("heatmap.noActivity",
                        activity == null ? "" : activity, file, String.join(", ", team.activities().stream()
                                .map(a -> a.activity().matrixActivity().orElse(a.activity().id())).toList()))));
        return PdfFileOutput.write(context, pdf, () -> new CoveragePdf(FontLibrary.bundled())
                .writeHeatmap(heatmap, loaded.get().school(), LocalDate.now(), context.locale(), pdf, ExportMonitor.none()));
    }

    /** The activity asked for by its matrix code (A4) or id. */
    private boolean wanted(CoverageMatrix candidate) {
        return activity.equalsIgnoreCase(candidate.activity().matrixActivity().orElse(""))
                || activity.equals(candidate.activity().id());
    }
}
