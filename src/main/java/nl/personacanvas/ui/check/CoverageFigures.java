package nl.personacanvas.ui.check;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.personacanvas.check.AttitudeCoverage;
import nl.personacanvas.check.CoverageReport;
import nl.personacanvas.check.QuadrantCoverage;
import nl.personacanvas.matrix.Attitude;
import nl.personacanvas.matrix.MatrixElement;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.matrix.AttitudeNames;

/**
 * What the check panel lists of a report's coverage: a bar per quadrant with its figure and the matrix's words of what
 * is missing, the attitudes present and missing, the professional row. Named in the window's language of the moment;
 * the panel's view-model decides when there is a report to show.
 */
public final class CoverageFigures {
    private final Messages messages;
    private final AttitudeNames attitudeNames;
    private final ObservableList<CoverageRow> coverage = FXCollections.observableArrayList();
    private final ObservableList<String> attitudesPresent = FXCollections.observableArrayList();
    private final ObservableList<String> attitudesMissing = FXCollections.observableArrayList();
    private final ObservableList<String> professionalCovered = FXCollections.observableArrayList();
    private final ObservableList<String> professionalMissing = FXCollections.observableArrayList();

    CoverageFigures(Messages messages) {
        this.messages = messages;
        this.attitudeNames = new AttitudeNames(messages);
    }

    void show(CoverageReport c) {
        List<CoverageRow> rows = new ArrayList<>();
        for (QuadrantCoverage q : c.quadrants()) {
            rows.add(new CoverageRow(q.quadrant(), q.coverage(), figure(q.covered().size(), q.total()),
                    q.missing().stream().map(this::quoted).toList()));
        }
        AttitudeCoverage a = c.attitudes();
        // The missing attitudes are listed in their own section, not twice.
        rows.add(new CoverageRow(Quadrant.ATTITUDE, a.coverage(), figure(a.present().size(), a.total()), List.of()));
        coverage.setAll(rows);
        attitudesPresent.setAll(a.present().stream().map(this::attitudeName).toList());
        attitudesMissing.setAll(a.missing().stream().map(this::attitudeName).toList());
        professionalCovered.setAll(c.professionalCovered().stream().map(MatrixElement::label).toList());
        professionalMissing.setAll(c.professionalMissing().stream().map(this::quoted).toList());
    }

    void clear() {
        coverage.clear();
        attitudesPresent.clear();
        attitudesMissing.clear();
        professionalCovered.clear();
        professionalMissing.clear();
    }

    /**
     * What the matrix says of a missing element, verbatim. In an English window between quotation marks: the Dutch
     * reads as the study's words quoted (the panel's note says so), not as a text the app forgot to translate.
     */
    private String quoted(MatrixElement element) {
        return attitudeNames.matrixInOtherLanguage() ? messages.get("check.quoted", element.excerpt())
                : element.excerpt();
    }

    /** "benaderbaar"; in an English window "approachable (benaderbaar)". */
    private String attitudeName(Attitude attitude) {
        return attitudeNames.nameWithMatrixWord(attitude.name());
    }

    private String figure(int covered, int total) {
        return messages.get("check.coverage.figure", covered, total);
    }

    /** Design, deliver, organise (when the activity has matrix cells) and Houding. */
    public ObservableList<CoverageRow> coverage() {
        return coverage;
    }

    public ObservableList<String> attitudesPresent() {
        return attitudesPresent;
    }

    public ObservableList<String> attitudesMissing() {
        return attitudesMissing;
    }

    public ObservableList<String> professionalCovered() {
        return professionalCovered;
    }

    /** The matrix's wording of the professional row's elements that show nowhere yet. */
    public ObservableList<String> professionalMissing() {
        return professionalMissing;
    }
}
