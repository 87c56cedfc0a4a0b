package nl.personacanvas.ui.about;

import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import nl.personacanvas.ui.TaskExecutor;

/**
 * The About dialog's state: the app version at once, the rest (matrix version, bundled components and their
 * licences, the project licence) once the background read finishes.
 */
public final class AboutViewModel {
    /** The project's own licence, as stated in pom.xml and LICENSE. */
    public static final String PROJECT_LICENCE = "EUPL-1.2";

    private final String appVersion;
    private final Callable<AboutContent> loader;
    private final TaskExecutor executor;
    private final ReadOnlyStringWrapper matrixVersion = new ReadOnlyStringWrapper(this, "matrixVersion", "");
    private final ReadOnlyStringWrapper licenceText = new ReadOnlyStringWrapper(this, "licenceText", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final ObservableList<ThirdPartyComponent> components = FXCollections.observableArrayList();

    /** {@code appVersion}: the running app's, {@code nl.personacanvas.io.AppVersion.current()}. */
    public AboutViewModel(String appVersion, Callable<AboutContent> loader, TaskExecutor executor) {
        this.appVersion = appVersion;
        this.loader = loader;
        this.executor = executor;
    }

    public void load() {
        Task<AboutContent> task = new Task<>() {
            @Override
            protected AboutContent call() throws Exception {
                return loader.call();
            }
        };
        task.setOnSucceeded(e -> show(task.getValue()));
        task.setOnFailed(e -> failed.set(true));
        executor.execute(task);
    }

    private void show(AboutContent content) {
        matrixVersion.set(content.matrixVersion());
        components.setAll(content.components());
        licenceText.set(content.licenceText());
    }

    public String appVersion() {
        return appVersion;
    }

    public String projectLicence() {
        return PROJECT_LICENCE;
    }

    public ReadOnlyStringProperty matrixVersionProperty() {
        return matrixVersion.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty licenceTextProperty() {
        return licenceText.getReadOnlyProperty();
    }

    /** True when the content could not be read; the dialog then still shows the version. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ObservableList<ThirdPartyComponent> components() {
        return FXCollections.unmodifiableObservableList(components);
    }
}
