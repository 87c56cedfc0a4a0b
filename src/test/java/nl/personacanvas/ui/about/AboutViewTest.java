package nl.personacanvas.ui.about;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.ui.TaskExecutor;
import nl.personacanvas.ui.UiFixture;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

class AboutViewTest extends ApplicationTest {
    /** Runs the read at once on the FX thread, so the dialog is complete when show() returns. */
    private static final TaskExecutor NOW = new TaskExecutor() {
        @Override
        public <T> void execute(Task<T> task) {
            task.run();
        }

        @Override
        public void shutdown() {
        }
    };

    private Stage owner;

    @Override
    public void start(Stage stage) {
        owner = stage;
        // A scene of its own: the dialog is modal to this window, and Monocle cannot disable a window shown without
        // one (NullPointerException, then a stuck FX thread). It used to get the scene an earlier test left behind.
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void showsVersionsLicenceAndComponentsInDutch() {
        AboutViewModel viewModel = new AboutViewModel("1.2.3", new AboutContentLoader(), NOW);
        interact(() -> AboutView.show(owner, viewModel, Locale.forLanguageTag("nl")));
        WaitForAsyncUtils.waitForFxEvents();

        FxRobot robot = new FxRobot();
        assertThat(robot.lookup("#about-version").queryAs(Label.class).getText()).isEqualTo("Versie 1.2.3");
        assertThat(robot.lookup("#about-matrix-version").queryAs(Label.class).getText())
                .isEqualTo("Competentiematrix: versie " + CompetencyMatrix.loadBundled().version());
        assertThat(robot.lookup("#about-licence").queryAs(Label.class).getText()).contains("EUPL-1.2");
        assertThat(robot.lookup(".about-component-name").queryAll()).hasSizeGreaterThan(10);
        assertThat(robot.lookup("#about-licence-text").queryAs(TextArea.class).getText())
                .contains("EUROPEAN UNION PUBLIC LICENCE v. 1.2");
        UiFixture.waitUntil(() -> Window.getWindows().stream().anyMatch(w -> w instanceof Stage s
                && "Over Persona Canvas".equals(s.getTitle()) && s.getIcons().size() == 7));

        clickOn("#about-close");
        assertThat(Window.getWindows()).noneMatch(w -> w instanceof Stage s && "Over Persona Canvas".equals(s.getTitle()));
    }

    /** The longest names wrap instead of ending in "…" (a table cut "Ikonli Material 2 pack (Google Material Design i…"). */
    @Test
    void showsEveryComponentNameAndLicenceWhole() {
        AboutViewModel viewModel = new AboutViewModel("1.2.3", new AboutContentLoader(), NOW);
        interact(() -> AboutView.show(owner, viewModel, Locale.forLanguageTag("nl")));
        WaitForAsyncUtils.waitForFxEvents();

        FxRobot robot = new FxRobot();
        List<Label> labels = new ArrayList<>(robot.lookup(".about-component-name").queryAllAs(Label.class));
        labels.addAll(robot.lookup(".about-component-licence").queryAllAs(Label.class));
        assertThat(labels).extracting(Label::getText).anyMatch(t -> t.startsWith("Ikonli Material 2 pack"));
        for (Label label : labels) {
            Text shown = (Text) label.lookup(".text");
            assertThat(shown.getText()).as("shown text of %s", label.getText()).isEqualTo(label.getText());
            assertThat(label.getHeight()).as("height of %s", label.getText())
                    .isGreaterThanOrEqualTo(label.prefHeight(label.getWidth()) - 0.5);
        }
        clickOn("#about-close");
    }

    /**
     * The read ends after the dialog is shown, as in the app. (The list once stayed empty in the app: the view
     * listened to a read-only wrapper nobody held, which a garbage collection in between took away.)
     */
    @Test
    void showsTheComponentsThatArriveAfterTheDialogOpened() {
        List<Task<?>> pending = new ArrayList<>();
        TaskExecutor later = new TaskExecutor() {
            @Override
            public <T> void execute(Task<T> task) {
                pending.add(task);
            }

            @Override
            public void shutdown() {
            }
        };
        AboutViewModel viewModel = new AboutViewModel("1.2.3", new AboutContentLoader(), later);
        interact(() -> AboutView.show(owner, viewModel, Locale.forLanguageTag("nl")));
        interact(() -> pending.forEach(Task::run));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(new FxRobot().lookup(".about-component-name").queryAll()).hasSizeGreaterThan(10);
        clickOn("#about-close");
    }

    @Test
    void speaksEnglishWhenAskedAndReportsAFailedRead() {
        AboutViewModel viewModel = new AboutViewModel("1.2.3", () -> {
            throw new IllegalStateException("no notices");
        }, NOW);
        interact(() -> AboutView.show(owner, viewModel, Locale.ENGLISH));
        WaitForAsyncUtils.waitForFxEvents();

        FxRobot robot = new FxRobot();
        assertThat(robot.lookup("#about-version").queryAs(Label.class).getText()).isEqualTo("Version 1.2.3");
        assertThat(robot.lookup("#about-matrix-version").queryAs(Label.class).getText())
                .isEqualTo("The information about the components could not be read.");
        clickOn("#about-close");
    }
}
