package nl.personacanvas.ui;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

/** Dialogs are big enough for what they say: no label, button or column title cut off, no list squeezed. */
class DialogLayoutUiTest extends MainWindowUiTest {

    /** What a labelled control shows: its text, or the text cut short with an ellipsis. */
    private static String shown(Labeled labeled) {
        return labeled.lookupAll(".text").stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .findFirst().orElse("");
    }

    /** Opens the sort dialog from Laura's check panel. */
    private void openSortDialog() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("Laura");
        robot.interact(() -> ui.window.viewModel().sidePanelShownProperty().set(true));
        waitUntil(() -> robot.lookup("#check-sort").tryQuery().isPresent());
        robot.clickOn("#check-sort");
        waitUntil(() -> robot.lookup("#sort-dialog").tryQuery().isPresent());
    }

    @Test
    void theSortDialogShowsItsLabelsWhole() {
        openSortDialog();
        UiFixture.waitForLayout();
        robot.interact(() -> {
            DialogPane pane = robot.lookup("#sort-dialog").queryAs(DialogPane.class);
            List<Labeled> labels = new java.util.ArrayList<>();
            labels.add(robot.from(pane).lookup("#sort-open").queryAs(Labeled.class));
            Node activity = robot.from(pane).lookup("#sort-activity").query();
            labels.add(robot.from(pane).lookup((Node n) -> n instanceof javafx.scene.control.Label l
                    && l.getLabelFor() == activity).queryAs(Labeled.class));
            robot.from(pane).lookup(".column-header .label").queryAll()
                    .forEach(n -> labels.add((Labeled) n));
            assertThat(labels).hasSizeGreaterThanOrEqualTo(6);
            assertThat(pane.getWidth()).as("the dialog takes its content's width, not the theme's 600 px cap")
                    .isGreaterThan(800);
            for (Labeled label : labels) {
                assertThat(shown(label)).as("what '%s' shows", label.getText())
                        .isEqualTo(Menus.shown(label.getText()));
            }
            robot.from(pane).lookup("#sort-open").query().getScene().getWindow().hide();
        });
    }

    /**
     * The proposals' table shows each statement and each chosen quadrant whole: a long statement wraps, and the
     * quadrant column fits "Organiseren & Communiceren" (it showed "Regelt de reis … stagebure…" and
     * "Organiseren & Communi…").
     */
    @Test
    void theSortTableShowsStatementsAndQuadrantsWhole() {
        openSortDialog();
        robot.clickOn("#sort-input");
        TypedText.write(robot, "Regelt de reis en de verzekering met het stagebureau en met de ouders van de student")
                .type(javafx.scene.input.KeyCode.ENTER);
        TypedText.write(robot, "Is geduldig en nieuwsgierig");
        robot.clickOn("#sort-run");
        waitUntil(() -> robot.lookup("#sort-table .sort-placement").queryAll().size() == 2);
        javafx.scene.control.ComboBox<?> first = robot.lookup("#sort-table .sort-placement").queryAs(
                javafx.scene.control.ComboBox.class);
        robot.clickOn(first).clickOn("Organiseren & Communiceren");
        UiFixture.waitForLayout();
        robot.interact(() -> {
            DialogPane pane = robot.lookup("#sort-dialog").queryAs(DialogPane.class);
            List<Labeled> shownWhole = new java.util.ArrayList<>();
            for (Node cell : robot.from(pane).lookup(".table-cell").queryAll()) {
                if (cell instanceof Labeled labeled && labeled.getText() != null && labeled.getText().startsWith("Regelt")) {
                    shownWhole.add(labeled);
                }
            }
            for (Node combo : robot.from(pane).lookup(".sort-placement").queryAll()) {
                shownWhole.add(((javafx.scene.control.ComboBox<?>) combo).getButtonCell());
            }
            assertThat(shownWhole).hasSize(3);
            assertThat(shownWhole).extracting(Labeled::getText).contains("Organiseren & Communiceren");
            for (Labeled labeled : shownWhole) {
                String words = labeled.lookupAll(".text").stream().filter(Text.class::isInstance)
                        .map(n -> ((Text) n).getText()).findFirst().orElse("");
                assertThat(words.replaceAll("\\s+", " ").strip()).as("what '%s' shows", labeled.getText())
                        .isEqualTo(labeled.getText());
            }
            pane.getScene().getWindow().hide();
        });
    }

    @Test
    void theComparisonsChoiceShowsEachPersonaWhole() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        // The dialog waits for its answer (showAndWait): opened later, not inside interact.
        Platform.runLater(() -> ui.window.comparison().chooseAndOpen());
        waitUntil(() -> robot.lookup("#compare-choose-list").tryQuery().isPresent());
        UiFixture.waitForLayout();
        robot.interact(() -> {
            ScrollPane list = robot.lookup("#compare-choose-list").queryAs(ScrollPane.class);
            Bounds viewport = list.localToScene(list.getLayoutBounds());
            List<CheckBox> boxes = robot.from(list).lookup(".check-box").queryAllAs(CheckBox.class)
                    .stream().toList();
            assertThat(boxes).hasSize(2);
            List<Label> headings = robot.from(list).lookup(".compare-choose-activity").queryAllAs(Label.class)
                    .stream().toList();
            for (CheckBox box : boxes) {
                // Session 16: the core activity with the personas, so a team sees what it puts side by side; session 17:
                // once as the heading of its personas' boxes, which it made three or four lines each.
                List<javafx.scene.Node> rows = ((javafx.scene.layout.Pane) box.getParent()).getChildren();
                javafx.scene.Node heading = rows.subList(0, rows.indexOf(box)).stream()
                        .filter(headings::contains).reduce((a, b) -> b).orElseThrow();
                assertThat(((Label) heading).getText()).as("the heading above '%s'", box.getText())
                        .matches("Kernactiviteit: A\\d · .+");
                Text line = new Text("Xg");
                line.setFont(box.getFont());
                assertThat(box.getHeight()).as("'%s' on one line", box.getText())
                        .isLessThan(1.6 * line.getLayoutBounds().getHeight());
                Bounds bounds = box.localToScene(box.getLayoutBounds());
                assertThat(viewport.contains(bounds)).as("'%s' in sight: %s in %s", box.getText(), bounds, viewport)
                        .isTrue();
                String drawn = String.join(" ", box.lookupAll(".text").stream().filter(Text.class::isInstance)
                        .map(n -> ((Text) n).getText().replace('\n', ' ')).toList());
                assertThat(drawn.replaceAll("\\s+", " ").strip()).as("drawn whole")
                        .isEqualTo(box.getText().replaceAll("\\s+", " ").strip());
            }
            DialogPane pane = (DialogPane) list.getScene().getRoot();
            ((javafx.scene.control.Button) pane.lookupButton(ButtonType.CANCEL)).fire();
        });
    }
}
