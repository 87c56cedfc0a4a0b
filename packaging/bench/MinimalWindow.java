package nl.personacanvas.bench;

import javafx.application.Application;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import nl.personacanvas.ui.StartupProbe;

/**
 * The baseline of packaging/bench-startup.sh: the least a JavaFX app can show (one Label), reporting its
 * first frame through the same StartupProbe as Persona Canvas.
 */
public final class MinimalWindow extends Application {

    public static void main(String[] args) {
        launch(MinimalWindow.class, args);
    }

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new Label("Persona Canvas"), 800, 600);
        stage.setScene(scene);
        stage.show();
        StartupProbe.fromSystemProperties().watch(scene, new SimpleBooleanProperty(true), Boolean::booleanValue);
    }
}
