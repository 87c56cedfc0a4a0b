package nl.personacanvas.ui;

import static nl.personacanvas.ui.UiFixture.paste;
import static nl.personacanvas.ui.UiFixture.waitUntil;

import nl.personacanvas.ui.UiFixture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures of every screen and dialog for a review by eye, in the language and on the screen the system
 * properties name: {@code mvn -o test -Dtest=ReviewScreenshots -Dreview.lang=en -Dheadless.geometry=1600x1000-32
 * -Dreview.out=/tmp/shots}. The window takes the size the app gives it on that screen. Not part of the normal
 * test run (the name does not end in Test).
 */
class ReviewScreenshots extends MainWindowUiTest {
    private static final String ROLE = "begeleidt studenten bij een internationale stage en onderhoudt het contact"
            + " met de stagebedrijven in Duitsland";
    private static final String ARABIC = "\u064A\u0633\u0627\u0639\u062F \u0627\u0644\u0637\u0644\u0627\u0628"
            + " \u0641\u064A \u0627\u0644\u062A\u062F\u0631\u064A\u0628 \u0627\u0644\u062F\u0648\u0644\u064A \uD83C\uDF0D";
    private final Path out = Path.of(System.getProperty("review.out", "target/review"));
    private final String prefix = System.getProperty("review.lang", "nl") + "-"
            + System.getProperty("headless.geometry", "1280x800").replaceAll("-.*", "") + "-";
    private Stage stage;

    @Override
    public void start(Stage stage) throws Exception {
        this.stage = stage;
        ui = new UiFixture(folder);
        ui.settings.setLanguage(Locale.forLanguageTag(System.getProperty("review.lang", "nl")));
        ui.start(stage, startArguments());
    }

    @Test
    void everyScreen() throws IOException {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        waitUntil(() -> robot.lookup("#side-tabs").tryQuery().isPresent()
                || !ui.window.viewModel().sidePanelShownProperty().get());
        shoot(stage.getScene(), "workbook");

        robot.clickOn("Laura");
        robot.interact(() -> ui.window.canvas().roleProperty().set(ROLE));
        robot.clickOn("#add-design");
        paste(robot, ARABIC);
        robot.clickOn("#canvas-name");
        shoot(stage.getScene(), "editor");

        robot.interact(() -> ui.window.viewModel().sidePanelShownProperty().set(true));
        waitUntil(() -> robot.lookup("#side-tabs").tryQuery().isPresent());
        shoot(stage.getScene(), "editor-check");
        robot.interact(() -> robot.lookup("#side-tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        shoot(stage.getScene(), "editor-matrix");
        robot.interact(() -> robot.lookup("#side-tabs").queryAs(TabPane.class).getSelectionModel().select(0));

        shootNewWindow(() -> ui.window.checks().openSort(), "sort");
        shootNewWindow(() -> fire("menu-file-export"), "export");
        shootNewWindow(() -> fire("menu-file-preview"), "preview");
        shootNewWindow(() -> fire("menu-help-about"), "about");
        shootNewWindow(() -> fire("menu-view-compare"), "compare-choose");
        List<String> ids = ui.window.viewModel().document().workbook().personas().stream()
                .map(p -> p.id()).toList();
        shootNewWindow(() -> ui.window.comparison().open(ids), "compare");
        shootNewWindow(() -> ui.window.comparison().openCoverage(), "coverage");

        Path corrupt = folder.resolve("kapot.pcanvas");
        Files.writeString(corrupt, "{\"format\": \"persona-canvas\", \"version\": 1, \"personas\": [", StandardCharsets.UTF_8);
        shootNewWindow(() -> ui.window.viewModel().files().load(corrupt), "error-corrupt");
    }

    /**
     * Session 28's walk of a coordinator's and a panel member's main work, each step shot: badges, a misplaced note
     * moved and undone, loose statements sorted, an import, the preview once built, a file changed on disk, a new
     * workbook with a persona. {@code -Dtest=ReviewScreenshots#mainWorkflows}.
     */
    /**
     * Adds a note to Ontwerpen & Ontwikkelen by its Toevoegen button, scrolled into view first: in a window of 942 px
     * (a 1024×768 screen) with the side panel open, the second note pushes the button below the canvas's visible part,
     * where the robot's click would land on whatever is drawn there instead.
     */
    private void addDesignNote(String text) {
        Node add = robot.lookup("#add-design").query();
        robot.interact(() -> {
            for (Node n = add.getParent(); n != null; n = n.getParent()) {
                if (n instanceof ScrollPane pane) {
                    double bottom = pane.getContent().sceneToLocal(add.localToScene(add.getBoundsInLocal())).getMaxY();
                    double view = pane.getViewportBounds().getHeight();
                    double room = pane.getContent().getBoundsInLocal().getHeight() - view;
                    if (room > 0 && bottom > view) {
                        pane.setVvalue(Math.min(1, (bottom - view + 8) / room));
                    }
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(add);
        paste(robot, text);
    }

    @Test
    void mainWorkflows() throws Exception {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("Laura");
        robot.interact(() -> ui.window.viewModel().sidePanelShownProperty().set(true));
        addDesignNote("International office regelt het visum");
        addDesignNote("Is flexibel en staat open voor andere culturen");
        robot.clickOn("#canvas-name");
        waitUntil(() -> robot.lookup(".badge-misplaced").tryQuery().isPresent());
        shoot(stage.getScene(), "walk-badges");
        robot.clickOn(robot.lookup(".badge-misplaced").<Node>query());
        sleep(800);
        shoot(stage.getScene(), "walk-moved");
        robot.interact(() -> ui.window.viewModel().undo());
        sleep(800);
        shoot(stage.getScene(), "walk-undone");

        // The links of Laura's attitude "Benaderbaar" (e-l5): the attitudes to link it to.
        Node attitude = robot.lookup(".entry").match((Node n) ->
                "e-l5".equals(n.getProperties().get("entryId"))).query();
        robot.interact(() -> ((javafx.scene.control.ButtonBase) attitude.lookup(".entry-links")).fire());
        waitUntil(() -> robot.lookup("#links-list").tryQuery().isPresent());
        sleep(500);
        shoot(robot.lookup("#links-list").query().getScene(), "walk-links");
        robot.interact(() -> robot.lookup("#links-list").query().getScene().getWindow().hide());

        shootWithin(() -> ui.window.checks().openSort(), "walk-sort", window -> {
            robot.clickOn("#sort-input");
            paste(robot, "Regelt de reis en het verblijf\nIs nieuwsgierig naar andere culturen\n"
                    + "Ontwerpt opdrachten met internationale leeruitkomsten\nHelpt studenten reflecteren");
            robot.clickOn("#sort-run");
            sleep(2500);
        });
        Path theirs = folder.resolve("bart.pcanvas");
        ui.store.save(ui.window.viewModel().document().workbook().updatePersona("p-ahmed",
                p -> p.withRole(p.role() + " en Nederlands")), theirs);
        ui.dialogs.filesToOpen.add(theirs);
        shootWithin(() -> fire("menu-file-import"), "walk-import", window -> { });

        shootWithin(() -> fire("menu-file-preview"), "walk-preview-built", window -> waitUntil(() ->
                robot.lookup("#preview-page-label").queryAs(javafx.scene.control.Label.class).getText()
                        .matches("(Page|Pagina) \\d+ (of|van) \\d+")));

        ui.dialogs.askAboutChangedFileForReal = true;
        robot.interact(() -> ui.window.viewModel().personas().newPersona());
        ui.store.save(ui.store.load(twente()).withSchool("Testcollege Oost"), twente());
        shootNewWindow(() -> ui.window.viewModel().files().save(() -> { }), "walk-changed-on-disk");

        ui.dialogs.saveChoice = nl.personacanvas.ui.DialogService.SaveChoice.DISCARD;
        robot.interact(() -> fire("menu-file-new"));
        sleep(1000);
        shoot(stage.getScene(), "walk-new-workbook");
        robot.interact(() -> ui.window.viewModel().personas().newPersona());
        sleep(800);
        shoot(stage.getScene(), "walk-new-persona");

        // The Alfa-college sample: activities whose names start alike, under headings cut to two lines.
        Path sample = folder.resolve("alfa-college.pcanvas");
        try (java.io.InputStream in = getClass().getResourceAsStream("/nl/personacanvas/samples/alfa-college.pcanvas")) {
            Files.write(sample, in.readAllBytes());
        }
        robot.interact(() -> ui.window.viewModel().files().load(sample));
        waitUntil(() -> ui.personaNamesInList().size() == 5);
        sleep(800);
        shoot(stage.getScene(), "walk-sample-list");
    }

    /** Opens a window with {@code open}, lets {@code act} work in it, shoots it and closes it. */
    private void shootWithin(Runnable open, String name, java.util.function.Consumer<Window> act) throws IOException {
        List<Window> before = new ArrayList<>(Window.getWindows());
        javafx.application.Platform.runLater(open);
        waitUntil(() -> Window.getWindows().stream().anyMatch(w -> !before.contains(w) && w instanceof Stage));
        Window opened = Window.getWindows().stream().filter(w -> !before.contains(w) && w instanceof Stage)
                .findFirst().orElseThrow();
        sleep(800);
        act.accept(opened);
        shoot(opened.getScene(), name);
        robot.interact(((Stage) opened)::close);
    }

    private void fire(String id) {
        MenuBar bar = (MenuBar) stage.getScene().getRoot().lookup(".menu-bar");
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : all(menu)) {
                if (id.equals(item.getId())) {
                    item.fire();
                    return;
                }
            }
        }
        throw new AssertionError("no menu item " + id);
    }

    private static List<MenuItem> all(Menu menu) {
        List<MenuItem> items = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            items.add(item);
            if (item instanceof Menu sub) {
                items.addAll(all(sub));
            }
        }
        return items;
    }

    /** Runs {@code action}, shoots each window it opened, and closes them again. */
    private void shootNewWindow(Runnable action, String name) throws IOException {
        List<Window> before = new ArrayList<>(Window.getWindows());
        // Not robot.interact: a dialog that waits for its answer (showAndWait) would block it.
        javafx.application.Platform.runLater(action);
        try {
            waitUntil(() -> Window.getWindows().stream().anyMatch(w -> !before.contains(w) && w instanceof Stage));
        } catch (AssertionError e) {
            System.err.println("no window for " + name);
            return;
        }
        sleep(1500);
        int n = 0;
        for (Window w : new ArrayList<>(Window.getWindows())) {
            if (!before.contains(w) && w instanceof Stage s) {
                shoot(s.getScene(), name + (n++ == 0 ? "" : "-" + n));
                robot.interact(s::close);
            }
        }
    }

    private void shoot(Scene scene, String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        sleep(300);
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = scene.snapshot(null));
        Files.createDirectories(out);
        ImageIO.write(SwingFXUtils.fromFXImage(shot[0], null), "png", out.resolve(prefix + name + ".png").toFile());
    }
}
