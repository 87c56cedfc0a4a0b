package nl.personacanvas.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.personacanvas.check.ElementMatch;
import nl.personacanvas.check.GenericReason;
import nl.personacanvas.check.SortedStatement;
import nl.personacanvas.check.StatementFiles;
import nl.personacanvas.check.StatementInput;
import nl.personacanvas.check.StatementSorter;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.matrix.ElementNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "sort", mixinStandardHelpOptions = true)
final class SortCommand implements Callable<Integer> {

    enum Format { text, jsonl }

    @Option(names = "--activity", required = true, paramLabel = "A1..A5", descriptionKey = "sort.activity")
    String activity;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|jsonl", descriptionKey = "sort.format")
    Format format;

    /**
     * The sticky notes typed out as the app's sort dialog opens them: a .txt of one statement a line, or a .csv (the
     * {@code text} column, or the first). Until session 24 only standard input, so a .csv went in with its header,
     * its quotes and its other columns as statements.
     */
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", descriptionKey = "sort.file")
    Path file;

    @Spec
    CommandSpec spec;

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Integer call() throws IOException {
        CompetencyMatrix matrix = CompetencyMatrix.loadBundled();
        if (matrix.activity(activity).isEmpty()) {
            throw new ParameterException(spec.commandLine(), CliContext.of(spec).msg("sort.unknownActivity", activity));
        }
        Optional<List<String>> read = statements(CliContext.of(spec));
        if (read.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        List<String> statements = read.get();
        StatementSorter sorter = new StatementSorter(matrix);
        PrintWriter out = CliContext.of(spec).out();
        ElementNames names = new ElementNames(CliContext.of(spec).locale());
        for (String statement : statements) {
            SortedStatement s = sorter.sort(statement, activity);
            out.println(format == Format.jsonl ? jsonLine(s) : textLine(s, names));
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The statements of FILE or standard input; empty after saying why FILE could not be read. */
    private Optional<List<String>> statements(CliContext context) throws IOException {
        if (file == null) {
            return Optional.of(StatementInput.lines(
                    new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))));
        }
        String problem;
        if (Files.isDirectory(file)) {
            problem = context.msg("io.isDirectory");
        } else {
            try {
                // As the sort dialog reads it: Excel's CSV UTF-8 with its mark, Windows-1252, UTF-16.
                return Optional.of(StatementFiles.read(file));
            } catch (StatementFiles.TooLarge e) {
                problem = context.msg("sort.tooLarge", e.size() / (1024 * 1024), StatementFiles.MAX_BYTES / (1024 * 1024));
            } catch (NoSuchFileException e) {
                problem = context.msg("io.notFound");
            } catch (AccessDeniedException e) {
                problem = context.msg("io.unreadable");
            }
        }
        context.err().println(file + ": " + problem);
        return Optional.empty();
    }

    private String jsonLine(SortedStatement s) throws IOException {
        ObjectNode node = json.createObjectNode();
        node.put("text", s.text());
        node.put("quadrant", s.placement().key());
        s.genericReason().ifPresent(r -> node.put("reason", r.key()));
        node.putArray("elements");
        s.elements().forEach(e -> node.withArray("elements").add(e.elementId()));
        node.putArray("attitudes");
        s.attitudes().forEach(a -> node.withArray("attitudes").add(a));
        node.put("confidence", s.confidence());
        return json.writeValueAsString(node);
    }

    /** Elements by name, as the editor shows them ("Ontwerpen 2"); the jsonl keeps their ids for programs. */
    private static String textLine(SortedStatement s, ElementNames names) {
        String where = s.placement().key() + s.genericReason().map(GenericReason::key).map(r -> " (" + r + ")").orElse("");
        String elements = s.elements().stream().map(ElementMatch::elementId).map(names::nameOfId).toList().toString();
        return String.format(Locale.ROOT, "%-24s %.2f  %s%s%s", where, s.confidence(), s.text(),
                s.elements().isEmpty() ? "" : "  " + elements,
                s.attitudes().isEmpty() ? "" : "  " + s.attitudes());
    }
}
