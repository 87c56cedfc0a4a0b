package nl.personacanvas.matrix;

import java.util.List;

/**
 * The matrix resource is unreadable or inconsistent. It ships inside the jar, so this is a build defect:
 * the message lists every problem at once so one fix round is enough.
 */
public final class MatrixDataException extends IllegalStateException {

    private final List<String> problems;

    MatrixDataException(List<String> problems) {
        super("Invalid competency matrix data:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    MatrixDataException(String problem, Throwable cause) {
        super("Invalid competency matrix data: " + problem, cause);
        this.problems = List.of(problem);
    }

    public List<String> problems() {
        return problems;
    }
}
