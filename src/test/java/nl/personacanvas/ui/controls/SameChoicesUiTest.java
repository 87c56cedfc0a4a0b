package nl.personacanvas.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;
import atlantafx.base.theme.PrimerLight;
import java.util.Arrays;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.AccessibleAttribute;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.skin.ChoiceBoxSkin;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

class SameChoicesUiTest extends ApplicationTest {
    private static final List<String> VALUES = List.of("home", "abroad");
    private final StringConverter<String> names = new StringConverter<>() {
        @Override
        public String toString(String value) {
            return value == null ? "" : value.equals("home") ? "Thuis" : "Internationale mobiliteit";
        }

        @Override
        public String fromString(String name) {
            throw new UnsupportedOperationException();
        }
    };
    private List<ChoiceBox<String>> plain;
    private List<ChoiceBox<String>> shared;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        plain = List.of(new ChoiceBox<>(), new ChoiceBox<>());
        SameChoices<String> choices = new SameChoices<>(VALUES, names);
        shared = List.of(choices.newChoiceBox(), choices.newChoiceBox());
        VBox root = new VBox(8);
        for (int i = 0; i < 2; i++) {
            plain.get(i).getItems().setAll(VALUES);
            plain.get(i).setConverter(names);
            plain.get(i).setValue(VALUES.get(i));
            shared.get(i).setValue(VALUES.get(i));
            root.getChildren().addAll(plain.get(i), shared.get(i));
        }
        Button elsewhere = new Button("elders");
        root.getChildren().add(0, elsewhere);
        stage.setScene(new Scene(root, 500, 300));
        stage.show();
        // Not a compared box: the first control in the window takes the focus, which draws its border.
        elsewhere.requestFocus();
    }

    @Test
    void eachBoxIsAsWideAsWithJavaFxsOwnSkinWhateverItsValue() {
        for (int i = 0; i < 2; i++) {
            ChoiceBox<String> own = plain.get(i);
            ChoiceBox<String> same = shared.get(i);
            assertThat(same.getWidth()).isEqualTo(own.getWidth());
            assertThat(same.getHeight()).isEqualTo(own.getHeight());
            assertThat(same.minWidth(-1)).isEqualTo(own.minWidth(-1));
            assertThat(same.prefWidth(-1)).isEqualTo(own.prefWidth(-1));
        }
        assertThat(shared.get(0).getWidth()).isEqualTo(shared.get(1).getWidth());
    }

    @Test
    void untilUsedEachBoxIsDrawnExactlyAsWithJavaFxsOwnSkin() {
        for (int i = 0; i < 2; i++) {
            ChoiceBox<String> own = plain.get(i);
            ChoiceBox<String> same = shared.get(i);
            assertThat(same.getSkin()).isInstanceOf(ClosedChoiceSkin.class);
            Image[] shots = new Image[2];
            interact(() -> {
                shots[0] = own.snapshot(null, null);
                shots[1] = same.snapshot(null, null);
            });
            assertThat(Arrays.equals(Pixels.of(shots[1]), Pixels.of(shots[0]))).as("same pixels as JavaFX's skin").isTrue();
        }
    }

    @Test
    void aClickOpensTheMenuAndChooses() {
        ChoiceBox<String> box = shared.get(0);
        clickOn(box);
        assertThat(box.getSkin()).isInstanceOf(ChoiceBoxSkin.class);
        assertThat(box.isShowing()).isTrue();
        // The item in the open menu, not the other boxes showing that value.
        clickOn(lookup(".context-menu").lookup("Internationale mobiliteit").<Node>query());
        assertThat(box.getValue()).isEqualTo("abroad");
        assertThat(box.getWidth()).isEqualTo(plain.get(0).getWidth());
    }

    @Test
    void openedFromCodeItShowsItsMenuAndScreenReadersReadItsValue() {
        ChoiceBox<String> box = shared.get(1);
        assertThat(box.queryAccessibleAttribute(AccessibleAttribute.TEXT)).isEqualTo("Internationale mobiliteit");
        interact(box::show);
        assertThat(box.isShowing()).isTrue();
        assertThat(lookup("Thuis").tryQuery()).isPresent();
        interact(box::hide);
        assertThat(box.isShowing()).isFalse();
    }

    @Test
    void theBoxStillOpensItsMenuAndChoosesWithTheKeyboard() {
        ChoiceBox<String> box = shared.get(0);
        interact(box::requestFocus);
        type(KeyCode.SPACE);
        assertThat(box.isShowing()).isTrue();
        type(KeyCode.DOWN, KeyCode.ENTER);
        assertThat(box.getValue()).isEqualTo("abroad");
        assertThat(box.isShowing()).isFalse();
    }
}
