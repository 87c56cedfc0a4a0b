package nl.personacanvas.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;
import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.application.Application;
import javafx.scene.AccessibleAction;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.skin.MenuButtonSkin;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

class DeferredMenuButtonUiTest extends ApplicationTest {
    private MenuButton plain;
    private DeferredMenuButton deferred;
    private Button before;
    private final List<String> chosen = new ArrayList<>();

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        plain = menuButton(new MenuButton());
        deferred = menuButton(new DeferredMenuButton());
        before = new Button("Voor");
        stage.setScene(new Scene(new VBox(8, before, plain, deferred), 400, 200));
        stage.show();
    }

    private <B extends MenuButton> B menuButton(B button) {
        button.setText("Kernactiviteit toevoegen");
        button.setGraphic(new PathIcon(PathIcon.Glyph.ADD));
        button.getStyleClass().add("flat");
        for (String name : List.of("A1 · Eerste", "A2 · Tweede")) {
            MenuItem item = new MenuItem(name);
            item.setOnAction(e -> chosen.add(name));
            button.getItems().add(item);
        }
        return button;
    }

    @Test
    void untilUsedItIsDrawnExactlyAsAMenuButtonWithItsOwnSkin() {
        assertThat(deferred.getSkin()).isInstanceOf(LabelAndArrowSkin.class);
        assertThat(deferred.getWidth()).isEqualTo(plain.getWidth());
        assertThat(deferred.getHeight()).isEqualTo(plain.getHeight());
        Image[] shots = new Image[2];
        interact(() -> {
            shots[0] = plain.snapshot(null, null);
            shots[1] = deferred.snapshot(null, null);
        });
        assertThat(Arrays.equals(Pixels.of(shots[1]), Pixels.of(shots[0]))).as("same pixels as JavaFX's skin").isTrue();
    }

    @Test
    void aClickOpensTheMenuAndChoosesAnItem() {
        clickOn(deferred);
        assertThat(deferred.getSkin()).isInstanceOf(MenuButtonSkin.class);
        assertThat(deferred.isShowing()).isTrue();
        clickOn("A2 · Tweede");
        assertThat(chosen).containsExactly("A2 · Tweede");
        assertThat(deferred.isShowing()).isFalse();
    }

    @Test
    void theKeyboardReachesAndOpensIt() {
        interact(before::requestFocus);
        type(KeyCode.TAB, KeyCode.TAB);
        assertThat(deferred.isFocused()).isTrue();
        type(KeyCode.SPACE);
        assertThat(deferred.isShowing()).isTrue();
        type(KeyCode.DOWN, KeyCode.ENTER);
        assertThat(chosen).hasSize(1);
    }

    @Test
    void aScreenReadersActionOpensTheMenu() {
        interact(() -> deferred.executeAccessibleAction(AccessibleAction.FIRE));
        assertThat(deferred.isShowing()).isTrue();
        assertThat(lookup("A1 · Eerste").tryQuery()).isPresent();
        interact(deferred::hide);
    }
}
