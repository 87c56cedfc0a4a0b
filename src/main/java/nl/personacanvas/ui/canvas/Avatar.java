package nl.personacanvas.ui.canvas;

import java.util.Arrays;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;

/** A round initials badge standing in for a portrait. */
final class Avatar extends StackPane {

    Avatar(ObservableStringValue name) {
        getStyleClass().add("avatar");
        Circle circle = new Circle(32);
        circle.getStyleClass().add("avatar-circle");
        Label initials = new Label();
        initials.getStyleClass().add("avatar-initials");
        initials.textProperty().bind(Bindings.createStringBinding(() -> initials(name.get()), name));
        getChildren().addAll(circle, initials);
        setMinSize(64, 64);
        setMaxSize(64, 64);
    }

    static String initials(String name) {
        return Arrays.stream(name.strip().split("\\s+"))
                .filter(w -> !w.isEmpty())
                .limit(2)
                .map(w -> w.substring(0, w.offsetByCodePoints(0, 1)).toUpperCase())
                .collect(Collectors.joining());
    }
}
