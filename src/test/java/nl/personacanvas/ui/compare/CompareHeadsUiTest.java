package nl.personacanvas.ui.compare;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import nl.personacanvas.ui.MainWindowUiTest;
import org.junit.jupiter.api.Test;
import nl.personacanvas.ui.UiFixture;

/**
 * Session 14's review: with four columns scrolled down to Houding the persona names had scrolled away with the rows,
 * and nothing said whose column was whose. The heads now stay above the rows, over their own columns.
 */
class CompareHeadsUiTest extends MainWindowUiTest {
    private static final List<String> FOUR = List.of("Laura", "Joost", "Fatima", "Sanne");

    @Override
    protected List<String> startArguments() {
        return List.of();
    }

    private static Bounds bounds(Node root, String id) {
        Node node = root.lookup("#" + id);
        assertThat(node).as(id).isNotNull();
        return node.localToScene(node.getBoundsInLocal());
    }

    /**
     * fix14 left: while the first comparison was computed the window said "Bezig met vergelijken…" under no heads, as
     * if nothing had been chosen. The heads name the personas at once; the rows follow. The comparison is held back
     * behind a task that waits on the app's one background thread.
     */
    @Test
    void theHeadsNameThePersonasWhileTheFirstComparisonIsComputed() {
        waitUntil(() -> ui.window.viewModel().document().workbook().personas().size() >= 4);
        List<String> ids = FOUR.subList(0, 3).stream().map(this::personaId).toList();
        // Opened once and closed: the window's matcher, loaded on that thread the first time, is then there.
        robot.interact(() -> ui.window.comparison().open(ids));
        waitUntil(() -> ui.window.comparison().shown() != null && ui.window.comparison().shown().isShowing());
        robot.interact(() -> ui.window.comparison().shown().hide());
        CountDownLatch release = new CountDownLatch(1);
        ui.executor.execute(new Task<Void>() {
            @Override
            protected Void call() throws InterruptedException {
                release.await(30, TimeUnit.SECONDS);
                return null;
            }
        });
        Node root;
        try {
            robot.interact(() -> ui.window.comparison().open(ids));
            waitUntil(() -> ui.window.comparison().shown() != null && ui.window.comparison().shown().isShowing());
            root = ui.window.comparison().shown().getScene().getRoot();
            waitUntil(() -> root.lookup("#compare-empty") != null);
            robot.interact(() -> {
                assertThat(((Label) root.lookup("#compare-empty")).getText()).isEqualTo("Bezig met vergelijken…");
                assertThat(root.lookup("#compare-cell-0-design")).as("no rows yet").isNull();
                Node scroll = root.lookup("#compare-scroll");
                Bounds rows = scroll.localToScene(scroll.getBoundsInLocal());
                for (int c = 0; c < 3; c++) {
                    assertThat(((Label) root.lookup("#compare-persona-" + c)).getText()).isEqualTo(FOUR.get(c));
                    Bounds head = bounds(root, "compare-persona-" + c);
                    assertThat(head.getMaxY()).as("head %s above the rows", c).isLessThanOrEqualTo(rows.getMinY() + 1);
                    assertThat(head.getMaxX()).as("head %s inside the window", c)
                            .isLessThanOrEqualTo(root.getLayoutBounds().getWidth());
                }
                assertThat(bounds(root, "compare-persona-1").getMinX()).as("side by side")
                        .isGreaterThan(bounds(root, "compare-persona-0").getMaxX());
            });
        } finally {
            release.countDown();
        }
        waitUntil(() -> root.lookup("#compare-cell-2-design") != null);
        robot.interact(() -> {
            assertThat(((Label) root.lookup("#compare-persona-2")).getText()).isEqualTo(FOUR.get(2));
            assertThat(bounds(root, "compare-persona-2").getMinX()).as("the head over its column")
                    .isCloseTo(bounds(root, "compare-cell-2-design").getMinX(), within(1.0));
        });
    }

    @Test
    void theColumnHeadsStayAboveTheirColumnsWhileTheRowsScroll() {
        waitUntil(() -> ui.window.viewModel().document().workbook().personas().size() >= 4);
        List<String> ids = FOUR.stream().map(this::personaId).toList();
        robot.interact(() -> ui.window.comparison().open(ids));
        waitUntil(() -> ui.window.comparison().shown() != null && ui.window.comparison().shown().isShowing());
        Stage stage = ui.window.comparison().shown();
        Node root = stage.getScene().getRoot();
        waitUntil(() -> root.lookup("#compare-cell-3-design") != null);
        ScrollPane scroll = (ScrollPane) root.lookup("#compare-scroll");

        // Wide: down to Houding.
        robot.interact(() -> scroll.setVvalue(1));
        UiFixture.waitForLayout();
        robot.interact(() -> assertHeadsOverTheirColumns(root, scroll));

        // Narrow: the four columns no longer fit and scroll sideways, the heads with them.
        robot.interact(() -> stage.setWidth(700));
        UiFixture.waitForLayout();
        robot.interact(() -> {
            scroll.setVvalue(0.8);
            scroll.setHvalue(1);
        });
        UiFixture.waitForLayout();
        robot.interact(() -> {
            assertThat(bounds(root, "compare-cell-0-attitude").getMinX()).as("scrolled sideways").isNegative();
            assertHeadsOverTheirColumns(root, scroll);
        });
    }

    /** Every head above the rows' view and at its column's left edge; the names are the columns' personas. */
    private void assertHeadsOverTheirColumns(Node root, ScrollPane scroll) {
        Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        assertThat(bounds(root, "compare-quadrant-design").getMaxY()).as("Ontwerpen scrolled out of view")
                .isLessThan(view.getMinY());
        for (int c = 0; c < FOUR.size(); c++) {
            Bounds head = bounds(root, "compare-persona-" + c);
            assertThat(((Label) root.lookup("#compare-persona-" + c)).getText()).isEqualTo(FOUR.get(c));
            assertThat(head.getMinY()).as("head " + c + " inside the window").isGreaterThanOrEqualTo(0);
            assertThat(head.getMaxY()).as("head " + c + " above the rows").isLessThanOrEqualTo(view.getMinY());
            assertThat(head.getMinX()).as("head " + c + " over its column")
                    .isCloseTo(bounds(root, "compare-cell-" + c + "-attitude").getMinX(), within(1.0));
        }
    }
}
