package nl.personacanvas.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.personacanvas.check.ElementMatch;
import nl.personacanvas.check.GenericReason;
import nl.personacanvas.check.SortedStatement;
import nl.personacanvas.check.StatementInput;
import nl.personacanvas.check.StatementSorter;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.matrix.ElementNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "sort", mixinStandardHelpOptions = true)
final class SortCommand implements Callable<Integer> {

    enum Format { text, jsonl }

    @Option(names = "--activity", required = true, paramLabel = "A1..A5", descriptionKey = "sort.activity")
    String activity;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|jsonl", descriptionKey = "sort.format")
    Format format;

    @Spec
    CommandSpec spec;

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Integer call() throws IOException {
        CompetencyMatrix matrix = CompetencyMatrix.loadBundled();
        if (matrix.activity(activity).isEmpty()) {
            throw new ParameterException(spec.commandLine(), CliContext.of(spec).msg("sort.unknownActivity", activity));
        }
        List<String> statements = StatementInput.lines(
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
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
