package nl.personacanvas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import nl.personacanvas.check.CanvasChecker;
import nl.personacanvas.io.WorkbookCodec;
import nl.personacanvas.io.WorkbookFormatException;
import nl.personacanvas.io.WorkbookStore;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.pdf.CheckSummaries;
import nl.personacanvas.pdf.ExportMonitor;
import nl.personacanvas.pdf.ExportResult;
import nl.personacanvas.pdf.FontLibrary;
import nl.personacanvas.pdf.PaperSize;
import nl.personacanvas.pdf.PersonaSelection;
import nl.personacanvas.pdf.PosterExporter;
import nl.personacanvas.pdf.PosterOptions;
import nl.personacanvas.pdf.TargetNotWritableException;
import nl.personacanvas.pdf.WorkbookReport;
import nl.personacanvas.summary.CheckSummaryService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export FILE --pdf OUT}: persona posters (or the workbook report) as PDF, or one PDF per persona
 * into a folder. Exit 0 when written (warnings about fallback fonts or extra pages go to standard
 * error), 1 when the workbook cannot be read or the PDF cannot be written, 2 for wrong usage.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {
    private static final int OK = 0;
    private static final int FAILED = 1;

    @Parameters(paramLabel = "FILE", arity = "1", descriptionKey = "export.file")
    Path file;

    @Option(names = "--pdf", paramLabel = "OUT", descriptionKey = "export.pdf")
    Path pdf;

    @Option(names = "--persona", paramLabel = "ID", descriptionKey = "export.persona")
    List<String> personas = new ArrayList<>();

    @Option(names = "--activity", paramLabel = "A1..A5", descriptionKey = "export.activity")
    String activity;

    @Option(names = "--size", paramLabel = "A4|A3|A2|A1|Letter", defaultValue = "A4", descriptionKey = "export.size")
    String size;

    @Option(names = "--landscape", descriptionKey = "export.landscape")
    boolean landscape;

    @Option(names = "--tile", paramLabel = "A4|A3", descriptionKey = "export.tile")
    String tile;

    @Option(names = "--one-per-persona", paramLabel = "DIR", descriptionKey = "export.onePerPersona")
    Path folder;

    @Option(names = "--report", descriptionKey = "export.report")
    boolean report;

    @Option(names = "--no-footer", descriptionKey = "export.noFooter")
    boolean noFooter;

    @Option(names = "--check-summary", negatable = true, defaultValue = "true", fallbackValue = "true",
            descriptionKey = "export.checkSummary")
    boolean checkSummary;

    @Spec
    CommandSpec spec;

    private Locale locale;
    private ResourceBundle messages;

    @Override
    public Integer call() {
        CliContext context = CliContext.of(spec.root());
        locale = context.locale();
        messages = context.messages();
        PosterOptions options = options();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Workbook workbook;
        try {
            workbook = new WorkbookStore(new WorkbookCodec()).load(file);
        } catch (NoSuchFileException e) {
            err.println(file + ": " + msg("export.error.notFound"));
            return FAILED;
        } catch (IOException e) {
            err.println(file + ": " + msg("export.error.read", String.valueOf(e.getMessage())));
            return FAILED;
        } catch (WorkbookFormatException e) {
            err.println(file + ": " + e.describe(locale));
            return FAILED;
        }
        List<Persona> selected = select(workbook);
        if (selected.isEmpty()) {
            err.println(msg("export.error.nothing"));
            return FAILED;
        }
        FontLibrary fonts = FontLibrary.bundled();
        CheckSummaryService checks = new CheckSummaryService(new CanvasChecker(CompetencyMatrix.loadBundled()));
        try {
            List<ExportResult> results = new ArrayList<>();
            if (pdf != null) {
                CheckSummaries summaries = checks.forExport(workbook, selected, options, report);
                results.add(report
                        ? new WorkbookReport(fonts).write(workbook, selected, options, summaries, pdf, ExportMonitor.none())
                        : new PosterExporter(fonts).write(workbook, selected, options, summaries, pdf, ExportMonitor.none()));
            }
            if (folder != null) {
                results.add(new PosterExporter(fonts).writeEach(workbook, selected, options,
                        checks.forExport(workbook, selected, options, false), folder, ExportMonitor.none()));
            }
            for (ExportResult result : results) {
                if (result.files().size() == 1) {
                    out.println(msg("export.written", result.files().get(0), result.pages(), result.posters()));
                } else {
                    result.files().forEach(f -> out.println(msg("export.writtenFile", f)));
                }
                WarningLines.of(result.warnings(), locale, this::msg).forEach(err::println);
            }
            return OK;
        } catch (TargetNotWritableException e) {
            err.println(e.describe(locale));
            return FAILED;
        } catch (IOException e) {
            err.println(msg("export.error.write", String.valueOf(e.getMessage())));
            return FAILED;
        }
    }

    private PosterOptions options() {
        if (pdf == null && folder == null) {
            throw usage(msg("export.error.noOutput"));
        }
        if (report && pdf == null) {
            throw usage(msg("export.error.reportNeedsPdf"));
        }
        PaperSize paper = PaperSize.parse(size).orElseThrow(() -> usage(msg("export.error.size", size)));
        PaperSize sheet = null;
        if (tile != null) {
            sheet = PaperSize.parse(tile).filter(t -> PosterOptions.canTile(paper, t))
                    .orElseThrow(() -> usage(msg("export.error.tile", tile, size)));
        }
        return new PosterOptions(paper, landscape, sheet, !noFooter, checkSummary, locale, LocalDate.now());
    }

    private List<Persona> select(Workbook workbook) {
        try {
            return PersonaSelection.select(workbook, personas, activity);
        } catch (IllegalArgumentException e) {
            throw usage(msg("export.error.unknown", e.getMessage()));
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private String msg(String key, Object... args) {
        return new MessageFormat(messages.getString(key), locale).format(args);
    }
}
