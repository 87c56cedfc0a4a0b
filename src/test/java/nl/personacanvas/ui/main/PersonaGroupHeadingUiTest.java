package nl.personacanvas.ui.main;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.text.Text;
import javafx.stage.Window;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.UiFixture;
import nl.personacanvas.ui.WindowSizes;
import org.junit.jupiter.api.Test;

/**
 * The persona list's group headings. Session 12: cut after three lines, their count lost ("… (al dan niet in het
 * ..."), the row measured for the full row width. Session 29 (ux29b): whole, the matrix's long names took five to seven
 * lines in the 942 px window of a 1024 × 768 screen, and of the Alfa-college sample's five personas three were in
 * sight. A heading now takes at most two lines, cut at a word: its code, the name's start and the count stay in sight,
 * the whole heading is its tooltip. Session 30: cut at their ends, A2's, A4's and the own activity's headings all read
 * "… · Internationale en interculturele…"; a cut heading now leaves off the words its name shares at its start with
 * another group's, so what tells them apart is in sight.
 */
class PersonaGroupHeadingUiTest extends MainWindowUiTest {
    private static final String A4 = "A4 · Internationale en interculturele dimensies integreren en studenten begeleiden"
            + " in stagetrajecten (al dan niet in het buitenland) (2)";

    @Override
    protected List<String> startArguments() {
        return List.of();
    }

    @Test
    void inTheWindowOfA1024By768ScreenHeadingsTakeTwoLinesAndEveryPersonaIsInSight() {
        waitUntil(() -> ui.personaNamesInList().size() == 5);
        // The views built in the narrow window, as at the start on that screen (the list keeps its width otherwise).
        robot.interact(() -> WindowSizes.place(window(), 0, 0, 942, 706));
        robot.interact(() -> ui.window.switchLanguage(Locale.forLanguageTag("nl")));
        robot.interact(() -> WindowSizes.place(window(), 0, 0, 942, 706));
        UiFixture.waitForLayout();
        assertThat(window().getWidth()).isEqualTo(942);

        Map<String, String> headings = assertHeadingsShort();
        assertThat(headings).as("the headings' whole texts").containsKey(A4);
        assertThat(drawn(headings, "A2 ·")).as("A2's heading drawn").contains("onderwijs")
                .doesNotContain("Internationale");
        assertThat(drawn(headings, "Eigen ·")).as("the own activity's heading drawn").contains("studieloopbaantraject")
                .doesNotContain("Internationale");
        assertThat(drawn(headings, "A4 ·")).as("A4's heading drawn").contains("studenten begeleiden in stagetrajecten")
                .doesNotContain("Internationale");
        assertThat(drawn(headings, "A5 ·")).as("A5's heading, sharing no start, cut at its end only")
                .startsWith("A5 · Groepsuitwisseling met");
        assertThat(personasInSight()).as("the personas in sight")
                .containsExactlyInAnyOrder("Laura", "Joost", "Fatima", "Sanne", "Mehmet");

        // The pointer over A4's heading: its tooltip says it whole.
        TreeCell<?> a4 = headingCell(A4);
        robot.moveTo(a4);
        waitUntil(() -> a4.getTooltip() != null && a4.getTooltip().isShowing());
        assertThat(a4.getTooltip().getText()).isEqualTo(A4);
        robot.moveTo("#persona-filter");

        // A click on a persona under a shortened heading opens her, as before.
        robot.clickOn(personaCell("Mehmet"));
        waitUntil(() -> personaId("Mehmet").equals(ui.window.viewModel().personas().selectedPersonaIdProperty().get()));
    }

    private static String drawn(Map<String, String> headings, String code) {
        return headings.entrySet().stream().filter(h -> h.getKey().startsWith(code)).map(Map.Entry::getValue)
                .findFirst().orElseThrow();
    }

    /**
     * Each heading in sight: at most two lines (two when cut), inside its row and the list, starting with its code,
     * ending in its count and between them a part of its name. Gives each whole heading with what is drawn of it.
     */
    private Map<String, String> assertHeadingsShort() {
        Map<String, String> whole = new LinkedHashMap<>();
        robot.interact(() -> {
            Bounds view = listView();
            for (TreeCell<?> cell : headingCells()) {
                Text drawn = cell.getChildrenUnmodifiable().stream().filter(Text.class::isInstance)
                        .map(Text.class::cast).findFirst().orElseThrow();
                Bounds text = drawn.localToScene(drawn.getLayoutBounds());
                Bounds row = cell.localToScene(cell.getLayoutBounds());
                String shown = drawn.getText().replaceAll("\\s+", " ").strip();
                String heading = cell.getAccessibleText();
                whole.put(heading, shown);
                String count = heading.substring(heading.lastIndexOf(' '));
                String code = heading.substring(0, heading.indexOf('·') + 1);
                assertThat(text.getHeight()).as("%s drawn as \"%s\": at most two lines", heading, shown)
                        .isLessThanOrEqualTo(2 * lineHeight(drawn) + 1);
                assertThat(shown).as("its code").startsWith(code).as("its count").endsWith(count);
                String part = shown.substring(code.length(), shown.length() - count.length()).replace("…", "").strip();
                assertThat(heading).as("drawn as \"%s\"", shown).contains(part);
                if (!shown.equals(heading)) {
                    assertThat(text.getHeight()).as("%s cut to \"%s\": on two lines", heading, shown)
                            .isGreaterThan(2 * lineHeight(drawn) - 1);
                }
                assertThat(text.getMaxY()).as("%s: bottom inside its row", heading)
                        .isLessThanOrEqualTo(row.getMaxY() + 0.5);
                assertThat(text.getMaxX()).as("%s: right edge inside the list", heading)
                        .isLessThanOrEqualTo(view.getMaxX() + 0.5);
            }
        });
        return whole;
    }

    private List<String> personasInSight() {
        List<String> names = new ArrayList<>();
        robot.interact(() -> {
            Bounds view = listView();
            for (Node node : robot.lookup("#persona-tree .persona-name").queryAll()) {
                Label name = (Label) node;
                Bounds b = name.localToScene(name.getLayoutBounds());
                if (name.isVisible() && name.getParent().getParent() instanceof TreeCell<?> cell && cell.isVisible()
                        && cell.getItem() != null && b.getMaxY() <= view.getMaxY() + 0.5) {
                    names.add(name.getText());
                }
            }
        });
        return names;
    }

    private static double lineHeight(Text drawn) {
        Text one = new Text("X");
        one.setFont(drawn.getFont());
        one.setBoundsType(drawn.getBoundsType());
        return one.getLayoutBounds().getHeight();
    }

    private Bounds listView() {
        Node clipped = robot.lookup("#persona-tree").query().lookup(".clipped-container");
        return clipped.localToScene(clipped.getLayoutBounds());
    }

    private List<TreeCell<?>> headingCells() {
        List<TreeCell<?>> cells = new ArrayList<>();
        for (Node node : robot.lookup("#persona-tree .tree-cell").queryAll()) {
            TreeCell<?> cell = (TreeCell<?>) node;
            if (cell.isVisible() && cell.getItem() instanceof PersonaGroup) {
                cells.add(cell);
            }
        }
        return cells;
    }

    private TreeCell<?> headingCell(String text) {
        return headingCells().stream().filter(c -> text.equals(c.getAccessibleText())).findFirst().orElseThrow();
    }

    private TreeCell<?> personaCell(String name) {
        return robot.lookup("#persona-tree .tree-cell").queryAll().stream().map(n -> (TreeCell<?>) n)
                .filter(c -> c.isVisible() && c.getItem() instanceof PersonaGroup.PersonaItem p && p.name().equals(name))
                .findFirst().orElseThrow();
    }

    private Window window() {
        return robot.listWindows().get(0);
    }
}
