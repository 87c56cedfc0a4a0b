package nl.personacanvas.ui.main;

import java.util.Locale;
import javafx.stage.Stage;
import nl.personacanvas.io.AppVersion;
import nl.personacanvas.ui.AppServices;
import nl.personacanvas.ui.about.AboutContentLoader;
import nl.personacanvas.ui.about.AboutView;
import nl.personacanvas.ui.about.AboutViewModel;
import nl.personacanvas.ui.compare.CompareWindow;
import nl.personacanvas.ui.merge.PersonaImport;

/** What the menu items that concern the window as a whole do: closing, language, About, comparing, importing, sorting. */
final class WindowMenuActions implements MainView.WindowActions {
    private final MainWindow window;
    private final Stage stage;
    private final AppServices services;
    private final CompareWindow comparison;
    private final PersonaImport personaImport;

    WindowMenuActions(MainWindow window, Stage stage, AppServices services, CompareWindow comparison,
                      PersonaImport personaImport) {
        this.window = window;
        this.stage = stage;
        this.services = services;
        this.comparison = comparison;
        this.personaImport = personaImport;
    }

    @Override
    public void exit() {
        window.exit();
    }

    @Override
    public void switchLanguage(Locale language) {
        window.switchLanguage(language);
    }

    @Override
    public void showAbout() {
        AboutView.show(stage, new AboutViewModel(AppVersion.current(), new AboutContentLoader(), services.executor()),
                services.messages().locale());
    }

    @Override
    public void comparePersonas() {
        comparison.chooseAndOpen();
    }

    @Override
    public void showCoverage() {
        comparison.openCoverage();
    }

    @Override
    public void sortStatements() {
        window.checks().openSort();
    }

    @Override
    public void importPersonas() {
        personaImport.chooseAndImport();
    }
}
