package nl.personacanvas.ui.main;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.controls.DeferredTooltip;
import nl.personacanvas.ui.controls.PathIcon;

/**
 * The bar under the menu that shows {@link KeptPersonasNotice}: its sentence (wrapped, never cut, at any window
 * width), a button that shows the persona and one that closes the bar. Takes no room while there is nothing to say.
 */
final class KeptPersonasBar extends HBox {

    KeptPersonasBar(KeptPersonasNotice notice, Messages messages) {
        setId("kept-notice");
        getStyleClass().add("kept-notice");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        setPadding(new Insets(6, 8, 6, 12));

        Label text = new Label();
        text.setId("kept-notice-text");
        text.textProperty().bind(notice.textProperty());
        text.setWrapText(true);
        text.setMinWidth(0);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);

        Button show = new Button(messages.get("keptNotice.show"));
        show.setId("kept-notice-show");
        show.setMinWidth(Region.USE_PREF_SIZE);
        DeferredTooltip.install(show, messages.get("keptNotice.show.tooltip"));
        show.setOnAction(e -> notice.showPersona());

        Button close = new Button(null, new PathIcon(PathIcon.Glyph.CLOSE));
        close.setId("kept-notice-close");
        close.getStyleClass().add("flat");
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setAccessibleText(messages.get("keptNotice.close"));
        DeferredTooltip.install(close, messages.get("keptNotice.close"));
        close.setOnAction(e -> notice.close());

        getChildren().addAll(text, show, close);
        visibleProperty().bind(notice.shownProperty());
        managedProperty().bind(notice.shownProperty());
    }
}
