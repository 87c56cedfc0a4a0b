package nl.personacanvas.ui;

import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

public final class PersonaCanvasApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Persona Canvas");
        AppIcons.apply(stage);
        Scene scene = new Scene(new Label("Persona Canvas"), 800, 600);
        stage.setScene(scene);
        stage.show();
        StartupProbe.fromSystemProperties().watch(scene, Bindings.createBooleanBinding(() -> true));
    }
}
