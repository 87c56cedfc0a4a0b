package nl.personacanvas.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.TextAreaSkin;
import javafx.scene.control.skin.TextFieldSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

class DeferredEditingUiTest extends ApplicationTest {
    private static final String DEFINITION = "Het versterken van de internationale dimensies in het onderwijs "
            + "met als doel dat elke student het onderwijs internationaal competenter verlaat.\n\n"
            + "Internationaal competent zijn.";
    private TextField plainField;
    private DeferredTextField field;
    private DeferredTextField empty;
    private GrowingTextArea plainArea;
    private GrowingTextArea area;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        plainField = new TextField("Alfa-college");
        field = new DeferredTextField();
        empty = new DeferredTextField();
        plainArea = new GrowingTextArea();
        area = GrowingTextArea.deferred();
        field.setText("Alfa-college");
        empty.setPromptText("Zoek op naam");
        plainArea.setText(DEFINITION);
        area.setText(DEFINITION);
        stage.setScene(new Scene(new VBox(8, plainField, field, empty, plainArea, area), 420, 600));
        stage.show();
    }

    @Test
    void paintsTheTextAsTheEditingSkinDoesWithoutCreatingIt() {
        assertThat(field.getSkin()).isInstanceOf(ReadSkin.class);
        assertThat(area.getSkin()).isInstanceOf(ReadSkin.class);
        assertThat(plainField.getSkin()).isInstanceOf(TextFieldSkin.class);

        assertThat(shownText(field).getText()).isEqualTo("Alfa-college");
        assertThat(shownText(field).getFill()).isEqualTo(shownText(plainField).getFill());
        assertThat(field.getHeight()).isEqualTo(plainField.getHeight());
        assertThat(field.getBaselineOffset()).isEqualTo(plainField.getBaselineOffset());
        assertThat(textInControl(field)).isEqualTo(textInControl(plainField));
        // The same wrapped height: nothing below moves when editing starts.
        assertThat(area.getHeight()).isEqualTo(plainArea.getHeight());
    }

    @Test
    void showsThePromptWhileEmpty() {
        assertThat(shownText(empty).getText()).isEqualTo("Zoek op naam");
        assertThat(shownText(empty).getFill()).isNotEqualTo(shownText(field).getFill());
    }

    @Test
    void aClickStartsEditingAtThePointClicked() {
        Bounds bounds = field.localToScreen(field.getLayoutBounds());
        clickOn(bounds.getMinX() + field.getInsets().getLeft() + 1, bounds.getCenterY());
        assertThat(field.getSkin()).isInstanceOf(TextFieldSkin.class);
        assertThat(field.isFocused()).isTrue();
        assertThat(field.getCaretPosition()).isZero();

        write("Het ");
        assertThat(field.getText()).isEqualTo("Het Alfa-college");
        assertThat(field.lookupAll(".text")).hasSize(1);
    }

    @Test
    void tabIntoTheFieldSelectsItsTextAsInAnyField() {
        clickOn(plainField);
        type(KeyCode.TAB);
        assertThat(field.isFocused()).isTrue();
        assertThat(field.getSkin()).isInstanceOf(TextFieldSkin.class);
        assertThat(field.getSelectedText()).isEqualTo("Alfa-college");

        write("Summa");
        assertThat(field.getText()).isEqualTo("Summa");
    }

    @Test
    void focusFromCodeStartsEditing() {
        interact(area::requestFocus);
        assertThat(area.getSkin()).isInstanceOf(TextAreaSkin.class);
        interact(area::end);
        write(" Klaar.");
        assertThat(area.getText()).isEqualTo(DEFINITION + " Klaar.");
        assertThat(area.getHeight()).isEqualTo(plainArea.getHeight());
    }

    @Test
    void anAreaClickedAtItsEndGoesOnWhereItsTextEnds() {
        Bounds text = textBounds(area);
        clickOn(text.getMaxX() - 1, text.getMaxY() - 4);
        assertThat(area.getSkin()).isInstanceOf(TextAreaSkin.class);
        write("!");
        assertThat(area.getText()).isEqualTo(DEFINITION + "!");
    }

    @Test
    void aFieldFocusedBeforeItIsFirstStyledEditsStraightAway() {
        DeferredTextField added = new DeferredTextField();
        interact(() -> {
            ((VBox) field.getParent()).getChildren().add(added);
            added.requestFocus();
            added.applyCss();
        });
        assertThat(added.getSkin()).isInstanceOf(TextFieldSkin.class);

        write("Nieuw uitgangspunt");
        assertThat(added.getText()).isEqualTo("Nieuw uitgangspunt");
    }

    private static Text shownText(Node control) {
        return (Text) control.lookup(".text");
    }

    private static Bounds textBounds(Node control) {
        Text text = shownText(control);
        return text.localToScreen(text.getLayoutBounds());
    }

    /** Where the text sits inside its control. */
    private static Bounds textInControl(Node control) {
        Text text = shownText(control);
        return control.sceneToLocal(text.localToScene(text.getLayoutBounds()));
    }
}
