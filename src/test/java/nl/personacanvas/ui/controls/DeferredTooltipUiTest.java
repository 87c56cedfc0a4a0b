package nl.personacanvas.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

class DeferredTooltipUiTest extends ApplicationTest {
    private Button button;
    private Label status;
    private final SimpleStringProperty saved = new SimpleStringProperty("Geen openstaande wijzigingen");

    @Override
    public void start(Stage stage) {
        button = new Button("+");
        status = new Label();
        status.textProperty().bind(saved);
        DeferredTooltip.install(button, "Nieuwe persona");
        DeferredTooltip.install(status, saved);
        stage.setScene(new Scene(new VBox(20, button, status), 300, 200));
        stage.show();
    }

    @Test
    void theTooltipComesWithThePointerAndScreenReadersHaveItsTextBefore() {
        assertThat(button.getTooltip()).isNull();
        assertThat(button.queryAccessibleAttribute(AccessibleAttribute.HELP)).isEqualTo("Nieuwe persona");

        moveTo(button);
        assertThat(button.getTooltip().getText()).isEqualTo("Nieuwe persona");
    }

    @Test
    void aBoundTooltipFollowsItsText() {
        interact(() -> saved.set("Niet-opgeslagen wijzigingen"));
        assertThat(status.queryAccessibleAttribute(AccessibleAttribute.HELP)).isEqualTo("Niet-opgeslagen wijzigingen");

        moveTo(status);
        interact(() -> saved.set("Opgeslagen"));
        assertThat(status.getTooltip().getText()).isEqualTo("Opgeslagen");
    }
}
