package nl.personacanvas.ui.matrix;

import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.personacanvas.matrix.Attitude;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.matrix.MatrixElement;
import nl.personacanvas.matrix.MatrixRole;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.ui.Messages;

/**
 * What the study says beside the canvas: for the persona's activity the verbatim cell of the quadrant
 * being written in, the professional row and the attitudes. A school's own activity has no column in
 * the matrix; then the professional row and the shared attitudes still apply.
 */
public final class MatrixReferenceViewModel {
    private final CompetencyMatrix matrix;
    private final Messages messages;
    private final ObjectProperty<CoreActivity> activity;
    private final ObjectProperty<Quadrant> quadrant;
    private final ReadOnlyStringWrapper activityTitle = new ReadOnlyStringWrapper(this, "activityTitle", "");
    private final ReadOnlyStringWrapper cellTitle = new ReadOnlyStringWrapper(this, "cellTitle", "");
    private final ReadOnlyStringWrapper cellText = new ReadOnlyStringWrapper(this, "cellText", "");
    private final ReadOnlyStringWrapper attitudesText = new ReadOnlyStringWrapper(this, "attitudesText", "");
    private final ReadOnlyStringWrapper attitudesGloss = new ReadOnlyStringWrapper(this, "attitudesGloss", "");
    private final AttitudeNames attitudeNames;
    private final ObservableList<MatrixElement> cellElements = FXCollections.observableArrayList();

    /**
     * @param activity the shown persona's activity (null when none is shown)
     * @param quadrant the quadrant being written in
     */
    public MatrixReferenceViewModel(CompetencyMatrix matrix, Messages messages, ObjectProperty<CoreActivity> activity,
                                    ObjectProperty<Quadrant> quadrant) {
        this.matrix = matrix;
        this.messages = messages;
        this.activity = activity;
        this.quadrant = quadrant;
        this.attitudeNames = new AttitudeNames(messages);
        activity.addListener((obs, old, now) -> refresh());
        quadrant.addListener((obs, old, now) -> refresh());
        messages.localeProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private void refresh() {
        CoreActivity a = activity.get();
        String matrixId = a == null ? null : a.matrixActivity().filter(id -> matrix.activity(id).isPresent()).orElse(null);
        Quadrant q = quadrant.get() == null ? Quadrant.DESIGN : quadrant.get();
        MatrixRole role = MatrixRole.of(q);
        activityTitle.set(a == null ? messages.get("matrix.noPersona")
                : matrixId == null ? messages.get("matrix.ownActivityTitle", a.name())
                : matrixId + " · " + matrix.activity(matrixId).orElseThrow().name());
        cellTitle.set(matrix.rowTitle(role));
        if (matrixId == null) {
            cellText.set(messages.get("matrix.noColumn"));
            cellElements.clear();
            attitudesText.set(matrix.sharedAttitudesText());
        } else if (q == Quadrant.ATTITUDE) {
            cellText.set(matrix.sharedAttitudesText() + ". " + matrix.specificAttitudesText(matrixId));
            cellElements.clear();
            attitudesText.set(cellText.get());
        } else {
            String prefix = matrix.rowPrefix(role);
            String text = matrix.cell(matrixId, q).text();
            cellText.set(prefix.isEmpty() ? text : prefix + " " + text);
            cellElements.setAll(matrix.cell(matrixId, q).elements());
            attitudesText.set(matrix.sharedAttitudesText() + ". " + matrix.specificAttitudesText(matrixId));
        }
        List<Attitude> attitudes = matrixId == null ? matrix.sharedAttitudes() : matrix.attitudesFor(matrixId);
        attitudesGloss.set(attitudeNames.matrixInOtherLanguage() ? messages.get("matrix.attitudes.gloss",
                attitudes.stream().map(attitude -> attitudeNames.name(attitude.name())).collect(Collectors.joining(", "))) : "");
    }

    public ReadOnlyStringProperty activityTitleProperty() {
        return activityTitle.getReadOnlyProperty();
    }

    /** The row title of the quadrant being written in, as Tabel 3 prints it. */
    public ReadOnlyStringProperty cellTitleProperty() {
        return cellTitle.getReadOnlyProperty();
    }

    /** The verbatim cell, with the row's prefix ("Docenten integreren ..."). */
    public ReadOnlyStringProperty cellTextProperty() {
        return cellText.getReadOnlyProperty();
    }

    /** The elements the cell was split into, for details on demand. */
    public ObservableList<MatrixElement> cellElements() {
        return cellElements;
    }

    public String professionalTitle() {
        return matrix.rowTitle(MatrixRole.PROFESSIONAL);
    }

    public String professionalText() {
        return matrix.professional().text();
    }

    public List<MatrixElement> professionalElements() {
        return matrix.professional().elements();
    }

    public String attitudesTitle() {
        return matrix.rowTitle(MatrixRole.ATTITUDES);
    }

    /** The shared attitudes, and the activity's specific ones when it is a matrix activity. */
    public ReadOnlyStringProperty attitudesTextProperty() {
        return attitudesText.getReadOnlyProperty();
    }

    /**
     * The attitudes above in the window's language when it is not the matrix's ("In English: flexible, …"), so a
     * reader can match the quoted Dutch; empty in a Dutch window.
     */
    public ReadOnlyStringProperty attitudesGlossProperty() {
        return attitudesGloss.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }
}
