package nl.personacanvas.ui.merge;

import nl.personacanvas.ui.Menus;
import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.text.Text;
import nl.personacanvas.merge.Difference;
import nl.personacanvas.merge.WorkbookMerger;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.MainWindowUiTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import nl.personacanvas.ui.UiFixture;

/** Issue 6: importing a panel member's copy, choosing mine, theirs and both, then saving. */
class PersonaImportUiTest extends MainWindowUiTest {
    private static final String THEIR_LAURA_TEXT = "Vertaalt de leerdoelen samen met de buitenlandse praktijkopleider";
    private static final String THEIR_JOOST_TEXT = "Maakt een keuzedeelopdracht over veiligheid en cultuur";


    @Override
    protected List<String> startArguments() {
        return List.of();
    }

    private Persona named(Workbook wb, String name) {
        return wb.personas().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private static String buttonId(Difference d, String choice) {
        return "#merge-" + d.key().replaceAll("[^A-Za-z0-9-]", "_") + "-" + choice;
    }

    private static void choose(FxRobot robot, String id) {
        ToggleButton button = robot.lookup(id).queryAs(ToggleButton.class);
        robot.interact(button::fire);
        assertThat(button.isSelected()).isTrue();
    }

    @Test
    void importsWithTheChosenVersionsAndSavesThem() throws Exception {
        waitUntil(() -> ui.window.viewModel().document().workbook().personas().size() >= 3);
        Workbook mine = ui.window.viewModel().document().workbook();
        Persona laura = named(mine, "Laura");
        Persona joost = named(mine, "Joost");
        Entry lauraFirst = laura.canvas().entries(Quadrant.DESIGN).get(0);
        Entry joostFirst = joost.canvas().entries(Quadrant.DESIGN).get(0);
        Workbook theirs = mine
                .updatePersona(laura.id(), p -> p.withName("Laura B.").withCanvas(
                        p.canvas().replace(lauraFirst.withText(THEIR_LAURA_TEXT))))
                .updatePersona(joost.id(), p -> p.withCanvas(p.canvas().replace(joostFirst.withText(THEIR_JOOST_TEXT))))
                .addPersona(Persona.create("Noor", "organiseert uitwisselingen", laura.activityId(), Instant.now()));
        Path theirFile = folder.resolve("noor.pcanvas");
        ui.store.save(theirs, theirFile);
        List<Difference> differences = new WorkbookMerger(Locale.forLanguageTag("nl"))
                .plan(mine, theirs, "noor.pcanvas").differences();
        Difference lauraName = differences.stream().filter(d -> d.key().contains(laura.id()) && d.key().contains("name"))
                .findFirst().orElseThrow();
        Difference lauraEntry = differences.stream().filter(d -> d.key().contains(lauraFirst.id())).findFirst().orElseThrow();

        ui.dialogs.filesToOpen.add(theirFile);
        Menus.choose(robot, "menu-file", "menu-file-import");
        waitUntil(() -> robot.lookup("#merge-content").tryQuery().isPresent());
        // fix14: the file chooser says it imports; it was titled "Werkboek openen", as Bestand › Openen's.
        assertThat(ui.dialogs.openTitles).containsExactly("Persona's importeren uit werkboek");
        robot.interact(() -> {
            DialogPane pane = (DialogPane) robot.lookup("#merge-content").query().getScene().getRoot();
            assertThat(pane.getWidth()).as("as wide as its two columns, not the theme's 600 px").isGreaterThan(900);
            assertThat(((Button) pane.lookupButton(ButtonType.CANCEL)).getText()).isEqualTo("Annuleren");
        });
        // The rows may sit below the dialog's scrolled view; fire the dialog's own buttons.
        choose(robot, buttonId(lauraName, "mine"));
        choose(robot, buttonId(lauraEntry, "theirs"));
        // Joost's entry keeps the default: both.
        robot.clickOn("#merge-apply");

        waitUntil(() -> robot.lookup("#merge-summary").tryQuery().isPresent());
        TextArea summary = robot.lookup("#merge-summary").queryAs(TextArea.class);
        assertThat(summary.getText()).contains("noor.pcanvas", "Noor toegevoegd (geen notities)");
        assertThat(((DialogPane) summary.getScene().getRoot()).getWidth()).isGreaterThan(700);
        // ux14: Joost's entry was kept both ways; the summary says what that leaves to do, not only a "!".
        assertThat(((DialogPane) summary.getScene().getRoot()).getHeaderText())
                .contains("Bij de regel met ! staan nu beide versies in je werkboek", "gemarkeerd met \"uit noor.pcanvas\"",
                        "Kies zelf welke blijft en verwijder de andere.");
        // fix14: that sentence wraps within the report's width; on one line it widened the dialog to the window's.
        robot.interact(() -> {
            DialogPane pane = (DialogPane) summary.getScene().getRoot();
            Label header = (Label) pane.lookup(".header-panel .label");
            Text shown = (Text) header.lookup(".text");
            assertThat(pane.getWidth()).as("the report's width").isLessThan(900);
            assertThat(shown.getText()).as("the whole sentence, not cut off").isEqualTo(header.getText());
            assertThat(header.getHeight()).as("over more than one line").isGreaterThan(2 * header.getFont().getSize());
            // ui15: the report's marks are explained under it, each that it uses.
            Label key = (Label) pane.lookup("#merge-summary-key");
            assertThat(key).as("a key to the report's marks").isNotNull();
            assertThat(key.getText()).startsWith("Tekens:").contains("+\u00a0toegevoegd",
                    "\u2260\u00a0verschilt van je eigen versie", "!\u00a0conflict: beide versies bewaard");
            assertThat(key.localToScene(key.getBoundsInLocal()).getMaxY()).as("the key inside the dialog")
                    .isLessThanOrEqualTo(pane.getHeight());
        });
        robot.interact(() -> summary.getScene().getWindow().hide());

        Path saved = folder.resolve("samen.pcanvas");
        ui.dialogs.filesToSave.add(saved);
        robot.interact(() -> ui.window.viewModel().files().saveAs(() -> { }));
        waitUntil(() -> Files.exists(saved) && !ui.window.viewModel().document().isDirty());

        Workbook result = ui.codec.read(Files.readAllBytes(saved));
        Persona savedLaura = result.persona(laura.id()).orElseThrow();
        assertThat(savedLaura.name()).isEqualTo("Laura");
        assertThat(savedLaura.canvas().allEntries().map(Entry::text)).contains(THEIR_LAURA_TEXT)
                .doesNotContain(lauraFirst.text());
        assertThat(result.persona(joost.id()).orElseThrow().canvas().allEntries().map(Entry::text))
                .contains(joostFirst.text(), THEIR_JOOST_TEXT);
        assertThat(result.personas()).extracting(Persona::name).contains("Noor");
        assertThat(result.personas()).hasSize(mine.personas().size() + 1);

        robot.interact(() -> ui.window.viewModel().undo());
        assertThat(ui.window.viewModel().document().workbook()).isEqualTo(mine);
    }

    /**
     * Mijn versie / Hun versie / Beide are readable on every row: the two text columns grew over the choices'
     * column and left three buttons showing "…" (seen with a changed role and entry, session 12).
     */
    @Test
    void theChoiceButtonsShowTheirNamesWhole() throws Exception {
        waitUntil(() -> ui.window.viewModel().document().workbook().personas().size() >= 3);
        Workbook mine = ui.window.viewModel().document().workbook();
        Persona laura = named(mine, "Laura");
        Entry lauraFirst = laura.canvas().entries(Quadrant.DESIGN).get(0);
        Workbook theirs = mine.updatePersona(laura.id(), p -> p.withRole(p.role() + " en in Polen").withCanvas(
                p.canvas().replace(lauraFirst.withText(lauraFirst.text() + " (aangepast door Petra)"))));
        Path theirFile = folder.resolve("petra.pcanvas");
        ui.store.save(theirs, theirFile);
        Difference role = new WorkbookMerger(Locale.forLanguageTag("nl")).plan(mine, theirs, "petra.pcanvas")
                .differences().stream().filter(d -> d.key().contains("role")).findFirst().orElseThrow();

        ui.dialogs.filesToOpen.add(theirFile);
        Menus.choose(robot, "menu-file", "menu-file-import");
        waitUntil(() -> robot.lookup("#merge-content").tryQuery().isPresent());
        UiFixture.waitForLayout();
        robot.interact(() -> {
            List<ToggleButton> buttons = robot.lookup(".segmented-button .toggle-button").queryAllAs(ToggleButton.class)
                    .stream().toList();
            assertThat(buttons).hasSize(6);
            for (ToggleButton button : buttons) {
                String drawn = button.lookupAll(".text").stream().filter(javafx.scene.text.Text.class::isInstance)
                        .map(n -> ((javafx.scene.text.Text) n).getText()).findFirst().orElse("");
                assertThat(drawn).as("what '%s' shows", button.getText()).isEqualTo(button.getText());
                javafx.scene.Node scroll = robot.lookup("#merge-content").query();
                while (!(scroll instanceof javafx.scene.control.ScrollPane)) {
                    scroll = scroll.getParent();
                }
                double right = scroll.localToScene(scroll.getLayoutBounds()).getMaxX();
                assertThat(button.localToScene(button.getLayoutBounds()).getMaxX())
                        .as("'%s' in sight, not under a horizontal scroll bar", button.getText())
                        .isLessThanOrEqualTo(right);
            }
        });
        choose(robot, buttonId(role, "theirs"));
        robot.clickOn("#merge-apply");
        waitUntil(() -> robot.lookup("#merge-summary").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#merge-summary").query().getScene().getWindow().hide());
        assertThat(ui.window.viewModel().document().workbook().persona(laura.id()).orElseThrow().role())
                .endsWith("en in Polen");
    }

    /**
     * A persona only they have is added or not: two choices, Toevoegen and Niet toevoegen. The row offered Mijn
     * versie / Hun versie / Beide, naming a version the user does not have, with two buttons that did the same.
     */
    @Test
    void aPersonaOnlyTheyHaveIsAddedOrNot() throws Exception {
        waitUntil(() -> ui.window.viewModel().document().workbook().personas().size() >= 2);
        Workbook mine = ui.window.viewModel().document().workbook();
        Persona laura = named(mine, "Laura");
        Workbook theirs = mine.updatePersona(laura.id(), p -> p.withRole(p.role() + " in Polen"))
                .addPersona(Persona.create("Noor", "organiseert uitwisselingen", laura.activityId(), Instant.now()));
        Path theirFile = folder.resolve("noor.pcanvas");
        ui.store.save(theirs, theirFile);
        Difference noor = new WorkbookMerger(Locale.forLanguageTag("nl")).plan(mine, theirs, "noor.pcanvas")
                .additions().get(0);

        ui.dialogs.filesToOpen.add(theirFile);
        Menus.choose(robot, "menu-file", "menu-file-import");
        waitUntil(() -> robot.lookup("#merge-content").tryQuery().isPresent());
        assertThat(robot.lookup(buttonId(noor, "both")).queryAs(ToggleButton.class).getText()).isEqualTo("Toevoegen");
        assertThat(robot.lookup(buttonId(noor, "mine")).queryAs(ToggleButton.class).getText())
                .isEqualTo("Niet toevoegen");
        assertThat(robot.lookup(buttonId(noor, "theirs")).tryQuery()).as("no third button doing what Toevoegen does")
                .isEmpty();
        assertThat(robot.lookup(buttonId(noor, "both")).queryAs(ToggleButton.class).isSelected()).isTrue();

        choose(robot, buttonId(noor, "mine"));
        robot.clickOn("#merge-apply");
        waitUntil(() -> !ui.window.viewModel().document().workbook().persona(laura.id()).orElseThrow().role()
                .equals(laura.role()) || robot.lookup("#merge-summary").tryQuery().isPresent());
        robot.lookup("#merge-summary").tryQuery().ifPresent(n -> robot.interact(() -> n.getScene().getWindow().hide()));
        assertThat(ui.window.viewModel().document().workbook().personas()).extracting(Persona::name)
                .doesNotContain("Noor");
    }

    /**
     * A persona only they have whose name is Arabic: its line reads as the sentence it is, the name first and "(4
     * notities)" after it, where the line was laid out right to left as a whole: "(notities 4) عبد الرحمن".
     */
    @Test
    void aPersonaWithAnArabicNameIsOfferedInAReadableLine() throws Exception {
        waitUntil(() -> ui.window.viewModel().document().workbook().personas().size() >= 2);
        Workbook mine = ui.window.viewModel().document().workbook();
        Persona laura = named(mine, "Laura");
        Persona abd = Persona.create("عبد الرحمن", "begeleidt nieuwkomers", laura.activityId(), Instant.now());
        for (String text : List.of("Ontwerpt een les", "Begeleidt de groep", "Regelt visa", "Is nieuwsgierig")) {
            abd = abd.withCanvas(abd.canvas().add(Quadrant.DESIGN, Entry.of(text)));
        }
        Workbook theirs = mine.updatePersona(laura.id(), p -> p.withRole(p.role() + " in Marokko")).addPersona(abd);
        Path theirFile = folder.resolve("noor.pcanvas");
        ui.store.save(theirs, theirFile);
        Difference addition = new WorkbookMerger(Locale.forLanguageTag("nl")).plan(mine, theirs, "noor.pcanvas")
                .additions().get(0);

        ui.dialogs.filesToOpen.add(theirFile);
        Menus.choose(robot, "menu-file", "menu-file-import");
        waitUntil(() -> robot.lookup("#merge-content").tryQuery().isPresent());
        Label line = robot.lookup("#merge-addition-" + addition.key().replaceAll("[^A-Za-z0-9-]", "_"))
                .queryAs(Label.class);
        Text drawn = (Text) line.lookup(".text");
        String text = drawn.getText();
        int name = text.indexOf('ع');
        int count = text.indexOf("(4 notities)");
        assertThat(name).isNotNegative();
        assertThat(count).as(text).isNotNegative();
        double[] x = new double[2];
        robot.interact(() -> {
            x[0] = drawn.caretShape(name, true)[0] instanceof javafx.scene.shape.MoveTo m ? m.getX() : Double.NaN;
            x[1] = drawn.caretShape(count, true)[0] instanceof javafx.scene.shape.MoveTo m ? m.getX() : Double.NaN;
        });
        assertThat(x[1]).as("\"(4 notities)\" right of the name, as read in a Dutch line: %s", text)
                .isGreaterThan(x[0]);
        robot.interact(() -> line.getScene().getWindow().hide());
    }

    /**
     * A file that cannot be read is named, with why and where, and the message says nothing was imported. Import
     * showed only the reason ("Het bestand houdt te vroeg op; …"): which file, and whether anything had changed, the
     * user had to guess.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(nl.personacanvas.ui.BadWorkbookFiles.class)
    void aFileThatCannotBeImportedIsNamedAndChangesNothing(nl.personacanvas.ui.BadWorkbookFiles kind) throws Exception {
        waitUntil(() -> ui.window.viewModel().document().workbook().personas().size() >= 2);
        Workbook before = ui.window.viewModel().document().workbook();
        Path bad = kind.writeInto(ui);
        ui.dialogs.filesToOpen.add(bad);
        Menus.choose(robot, "menu-file", "menu-file-import");

        waitUntil(() -> robot.lookup("#error-dialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        String message = ((javafx.scene.control.Label) dialog.lookup("#dialog-message")).getText();
        assertThat(message).contains(bad.getFileName().toString(), "je werkboek is niet veranderd", kind.dutchReason);
        if (kind == nl.personacanvas.ui.BadWorkbookFiles.CORRUPT) {
            assertThat(message).containsPattern("regel \\d+, kolom \\d+");
        }
        robot.clickOn((javafx.scene.Node) dialog.lookupButton(ButtonType.OK));
        waitUntil(() -> robot.lookup("#error-dialog").tryQuery().isEmpty());
        assertThat(ui.window.viewModel().document().workbook()).isEqualTo(before);
    }
}
