package nl.personacanvas.ui.canvas;

import java.io.ByteArrayInputStream;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Portrait;
import nl.personacanvas.ui.LeftToRight;

/** The persona's portrait in a circle, or a round initials badge when there is none. */
final class Avatar extends StackPane {
    private static final double RADIUS = 32;
    private final ImageView photo = new ImageView();

    Avatar(ObservableStringValue name, ObservableValue<Portrait> portrait) {
        getStyleClass().add("avatar");
        Circle circle = new Circle(RADIUS);
        circle.getStyleClass().add("avatar-circle");
        Label initials = new Label();
        initials.getStyleClass().add("avatar-initials");
        initials.textProperty().bind(Bindings.createStringBinding(
                () -> name.get().isBlank() ? "" : LeftToRight.line(Persona.initialsOf(name.get())), name));
        photo.setFitWidth(2 * RADIUS);
        photo.setFitHeight(2 * RADIUS);
        photo.setSmooth(true);
        photo.setClip(new Circle(RADIUS, RADIUS, RADIUS));
        getChildren().addAll(circle, initials, photo);
        portrait.addListener((obs, old, now) -> show(now));
        show(portrait.getValue());
        setMinSize(2 * RADIUS, 2 * RADIUS);
        setMaxSize(2 * RADIUS, 2 * RADIUS);
    }

    /** Portraits are at most 256 pixels (see {@link PortraitScaler}), so decoding here is quick. */
    private void show(Portrait portrait) {
        photo.setImage(portrait == null ? null : new Image(new ByteArrayInputStream(portrait.data())));
        photo.setVisible(portrait != null);
    }
}
