package nl.personacanvas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.personacanvas.check.Evaluation;
import nl.personacanvas.check.EvaluationText;
import nl.personacanvas.check.LabelledStatement;
import nl.personacanvas.check.LabelledStatementReader;
import nl.personacanvas.check.StatementSorter;
import nl.personacanvas.matrix.CompetencyMatrix;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the statement sorter on labelled statements (JSON Lines: id, activity, quadrant, "
                + "attitudes, text, also_accept): quadrant accuracy, precision/recall per quadrant, attitude "
                + "micro-F1 and the misclassified lines.")
final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE.jsonl", description = "Labelled statements.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<LabelledStatement> statements;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            statements = new LabelledStatementReader().read(reader);
        } catch (IOException | IllegalArgumentException e) {
            err.println(file + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        StatementSorter sorter = new StatementSorter(CompetencyMatrix.loadBundled());
        Evaluation evaluation = Evaluation.run(statements, sorter);
        out.print(new EvaluationText(Locale.getDefault()).render(evaluation));
        out.flush();
        return ExitCodes.OK;
    }
}
