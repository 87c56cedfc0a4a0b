package nl.personacanvas.matrix;

import java.util.List;

/** The shape of {@code competency-matrix.json}; only {@link MatrixReader} and {@link MatrixAssembler} see it. */
final class MatrixJson {
    static final String FORMAT = "persona-canvas-competency-matrix";

    private MatrixJson() {
    }

    record Document(String format, String version, String source, String guidingQuestion,
                    String ownActivityColumn, List<Row> rows, Cell professional, Attitudes sharedAttitudes,
                    List<Activity> activities) {
    }

    record Row(String role, String title, String prefix) {
    }

    record Activity(String id, String name, String group, Cell design, Cell deliver, Cell organise,
                    Attitudes attitudes) {
    }

    record Cell(String text, List<Element> elements) {
    }

    record Element(String id, String label, String excerpt) {
    }

    record Attitudes(String text, List<AttitudeName> attitudes) {
    }

    record AttitudeName(String id, String name) {
    }
}
