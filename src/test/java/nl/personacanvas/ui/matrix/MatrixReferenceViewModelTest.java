package nl.personacanvas.ui.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import nl.personacanvas.model.ActivityGroup;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.UiFixture;
import org.junit.jupiter.api.Test;

class MatrixReferenceViewModelTest {
    private final ObjectProperty<CoreActivity> activity = new SimpleObjectProperty<>(
            new CoreActivity("k-stage", "A4", "Stages", ActivityGroup.MOBILITY));
    private final ObjectProperty<Quadrant> quadrant = new SimpleObjectProperty<>(Quadrant.DESIGN);
    private final MatrixReferenceViewModel matrix = new MatrixReferenceViewModel(UiFixture.MATRIX,
            new Messages(Locale.forLanguageTag("nl")), activity, quadrant);

    @Test
    void showsTheVerbatimCellOfTheFocusedQuadrantWithTheRowPrefix() {
        assertThat(matrix.activityTitleProperty().get()).startsWith("A4 · ");
        assertThat(matrix.cellTextProperty().get())
                .isEqualTo("Docenten " + UiFixture.MATRIX.cell("A4", Quadrant.DESIGN).text());
        assertThat(matrix.cellElements()).isEqualTo(UiFixture.MATRIX.cell("A4", Quadrant.DESIGN).elements());

        quadrant.set(Quadrant.ORGANISE);
        assertThat(matrix.cellTextProperty().get()).isEqualTo(UiFixture.MATRIX.cell("A4", Quadrant.ORGANISE).text());
        assertThat(matrix.cellTitleProperty().get()).startsWith("Onderwijs coördineren");

        quadrant.set(Quadrant.ATTITUDE);
        assertThat(matrix.cellTextProperty().get()).contains(UiFixture.MATRIX.sharedAttitudesText(),
                UiFixture.MATRIX.specificAttitudesText("A4"));
        assertThat(matrix.professionalText()).isEqualTo(UiFixture.MATRIX.professional().text());
    }

    @Test
    void aSchoolsOwnActivityHasNoColumnButTheProfessionalRowAndSharedAttitudes() {
        activity.set(new CoreActivity("k-eigen", null, "Gastlessen van ouders", ActivityGroup.AT_HOME));
        assertThat(matrix.activityTitleProperty().get()).isEqualTo("Eigen kernactiviteit: Gastlessen van ouders");
        assertThat(matrix.cellTextProperty().get()).contains("geen kolom");
        assertThat(matrix.cellElements()).isEmpty();
        assertThat(matrix.attitudesTextProperty().get()).isEqualTo(UiFixture.MATRIX.sharedAttitudesText());
        assertThat(matrix.professionalElements()).isNotEmpty();
    }
}
