package nl.personacanvas.ui.compare;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.text.Text;
import javafx.stage.Window;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.ScreenRoom;
import org.junit.jupiter.api.Test;
import nl.personacanvas.ui.UiFixture;

/**
 * Session 19 (ux19b): "Add persona from file…" showed each persona of the other file in a drop-down, one line cut to
 * the box: two personas whose roles start alike could not be told apart. Each is now a choice of its own, its name,
 * whole role and core activity wrapped within the dialog.
 */
class CompareOtherChoiceUiTest extends MainWindowUiTest {
    private static final String ALIKE = "begeleidt studenten van de opleiding Techniek bij een internationale stage "
            + "in Duitsland en houdt daarbij elke week contact met ";
    private static final String LAURA_ROLE = ALIKE + "het stagebedrijf";
    private static final String AHMED_ROLE = ALIKE + "de ouders van de eerstejaars";

    @Override
    protected List<String> startArguments() {
        return List.of();
    }

    @Test
    void personasWhoseRolesStartAlikeAreShownWholeAndTheOneChosenIsAdded() throws Exception {
        waitUntil(() -> ui.window.viewModel().document().workbook().personas().size() >= 3);
        Path other = ui.copyFixture("twente.pcanvas");
        Workbook twente = ui.store.load(other);
        twente = twente.updatePersona(twente.personas().get(0).id(), p -> p.withRole(LAURA_ROLE))
                .updatePersona(twente.personas().get(1).id(), p -> p.withRole(AHMED_ROLE));
        ui.store.save(twente, other);
        List<Persona> theirs = twente.personas();
        ui.dialogs.filesToOpen.add(other);
        List<String> ids = ui.window.viewModel().document().workbook().personas().stream()
                .filter(p -> List.of("Laura", "Joost").contains(p.name())).map(Persona::id).toList();
        robot.interact(() -> ui.window.comparison().open(ids));
        waitUntil(() -> ui.window.comparison().shown() != null && ui.window.comparison().shown().isShowing());
        Node root = ui.window.comparison().shown().getScene().getRoot();

        robot.clickOn("#compare-add-file");
        waitUntil(() -> robot.lookup("#compare-other-choice-1").tryQuery().isPresent());
        UiFixture.waitForLayout();
        robot.interact(() -> {
            DialogPane dialog = robot.lookup("#compare-other-dialog").queryAs(DialogPane.class);
            Window window = dialog.getScene().getWindow();
            Rectangle2D screen = ScreenRoom.visualBoundsOf(window);
            for (int i = 0; i < theirs.size(); i++) {
                Persona p = theirs.get(i);
                RadioButton choice = robot.lookup("#compare-other-choice-" + i).queryAs(RadioButton.class);
                assertThat(choice.getText()).as("choice " + i).startsWith(p.name() + " " + p.role())
                        .contains("\n" + "Kernactiviteit: ");
                // What is drawn: the whole text, wrapped (no "…" where the roles part).
                String drawn = ((Text) choice.lookup(".text")).getText();
                assertThat(drawn).as("drawn " + i).isEqualTo(choice.getText());
                Bounds b = choice.localToScreen(choice.getLayoutBounds());
                assertThat(b.getHeight()).as("lines of " + i).isGreaterThan(3 * choice.getFont().getSize());
                assertThat(b.getMaxX()).as("right edge of " + i).isLessThanOrEqualTo(window.getX() + window.getWidth());
                assertThat(b.getMinX()).isGreaterThanOrEqualTo(window.getX());
            }
            assertThat(window.getX() + window.getWidth()).as("dialog's right edge").isLessThanOrEqualTo(screen.getMaxX());
            assertThat(window.getY() + window.getHeight()).as("dialog's bottom").isLessThanOrEqualTo(screen.getMaxY());
        });

        robot.clickOn("#compare-other-choice-1");
        robot.clickOn(robot.lookup("#compare-other-dialog").queryAs(DialogPane.class).lookupButton(ButtonType.OK));

        waitUntil(() -> root.lookup("#compare-persona-2") != null);
        assertThat(((Label) root.lookup("#compare-persona-2")).getText()).isEqualTo(theirs.get(1).name());
    }
}
