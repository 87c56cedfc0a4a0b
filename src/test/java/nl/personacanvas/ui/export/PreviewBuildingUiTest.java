package nl.personacanvas.ui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.Menus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * Session 28: while the preview's PDF is built its counter read "Pagina 1 van …", and the page, zoom and print controls
 * acted on the document before (or on none). Now the counter says the pages are being built, those controls wait,
 * the indicator shows how far a report of several posters is, the page of the options before is faded, and then the
 * real count comes.
 */
class PreviewBuildingUiTest extends MainWindowUiTest {
    private static final String[] PAGE_CONTROLS = {"#preview-previous", "#preview-next", "#preview-fit",
        "#preview-actual", "#preview-zoom-out", "#preview-zoom-in", "#preview-print"};

    @AfterEach
    void closeDialogs() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    private CountDownLatch holdTheBackground() {
        return HeldBackground.hold(ui.executor);
    }

    private String pageLabel() {
        return robot.lookup("#preview-page-label").queryAs(Label.class).getText();
    }

    private static boolean shownTree(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void assertControlsWait(boolean waiting) {
        for (String control : PAGE_CONTROLS) {
            assertThat(robot.lookup(control).query().isDisabled()).as(control + " disabled").isEqualTo(waiting);
        }
    }

    @Test
    void whileThePdfIsBuiltTheCounterSaysSoAndThePageControlsWait() throws InterruptedException {
        FxThread.waitFor(() -> ui.personaNamesInList().size() == 2);
        robot.interact(() -> ui.window.viewModel().personas().selectedPersonaIdProperty().set("p-laura"));
        CountDownLatch first = holdTheBackground();
        Menus.choose(robot, "menu-file", "menu-file-preview");
        FxThread.waitFor(() -> robot.lookup("#preview-page-label").tryQuery().isPresent());

        assertThat(pageLabel()).isEqualTo("Opbouwen…");
        assertControlsWait(true);
        ProgressIndicator busy = robot.lookup("#preview-busy").queryAs(ProgressIndicator.class);
        assertThat(busy.isVisible()).isTrue();
        assertThat(busy.isIndeterminate()).as("nothing built yet: turning").isTrue();
        // ux28b: no faded blank sheet at the first build, but the indicator and "Opbouwen…" in the middle of the area.
        Node firstSheet = robot.lookup("#preview-page").query().getParent();
        assertThat(firstSheet.isVisible()).as("no empty sheet").isFalse();
        Label building = robot.lookup("#preview-building").queryAs(Label.class);
        assertThat(shownTree(building)).isTrue();
        assertThat(building.getText()).isEqualTo("Opbouwen…");
        Bounds card = building.getParent().localToScene(building.getParent().getLayoutBounds());
        Bounds area = robot.lookup("#preview-scroll").query().localToScene(
                robot.lookup("#preview-scroll").query().getLayoutBounds());
        assertThat(card.getCenterX()).isCloseTo(area.getCenterX(), within(2.0));
        assertThat(card.getCenterY()).isCloseTo(area.getCenterY(), within(2.0));
        first.countDown();
        FxThread.waitFor(() -> "Pagina 1 van 1".equals(pageLabel()));
        FxThread.waitFor(() -> !busy.isVisible());
        assertThat(firstSheet.isVisible()).as("the page").isTrue();
        assertThat(shownTree(building)).isFalse();
        assertThat(robot.lookup("#preview-print").query().isDisabled()).isFalse();
        assertThat(robot.lookup("#preview-next").query().isDisabled()).as("one page: no next").isTrue();

        // Options changed: both posters, built behind held work; the page before stays, faded, and does not turn.
        CountDownLatch second = holdTheBackground();
        List<Double> progress = new CopyOnWriteArrayList<>();
        robot.interact(() -> busy.progressProperty().addListener((o, was, now) -> progress.add(now.doubleValue())));
        robot.clickOn("#preview-scope-all");
        FxThread.waitFor(() -> "Opbouwen…".equals(pageLabel()));
        assertControlsWait(true);
        Node sheet = robot.lookup("#preview-page").query().getParent();
        assertThat(sheet.getOpacity()).as("the page of the options before, faded").isLessThan(1);
        assertThat(shownTree(building)).as("the faded page and the counter say it").isFalse();
        // Page Down is the window's shortcut: it does not turn to a page of the document that is going.
        Runnable pageDown = sheet.getScene().getAccelerators().get(new KeyCodeCombination(KeyCode.PAGE_DOWN));
        robot.interact(pageDown);
        assertThat(pageLabel()).isEqualTo("Opbouwen…");
        second.countDown();

        FxThread.waitFor(() -> "Pagina 1 van 2".equals(pageLabel()));
        assertThat(progress).as("how far the two posters are").anyMatch(p -> p > 0 && p <= 1);
        assertThat(sheet.getOpacity()).isEqualTo(1);
        FxThread.waitFor(() -> !robot.lookup("#preview-next").query().isDisabled());
        assertThat(robot.lookup("#preview-print").query().isDisabled()).isFalse();
        robot.interact(pageDown);
        FxThread.waitFor(() -> "Pagina 2 van 2".equals(pageLabel()));
    }
}
