package nl.personacanvas.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Settings that live as long as the test, so tests never touch the user's preferences. */
public final class InMemorySettings implements Settings {
    private Locale language = Messages.DUTCH;
    private List<Path> recent = new ArrayList<>();
    private WindowBounds bounds;
    private Path lastDirectory;
    private PaperChoices paper;
    private List<PutOffConflictCopy> putOff = new ArrayList<>();

    @Override
    public Locale language() {
        return language;
    }

    @Override
    public void setLanguage(Locale language) {
        this.language = language;
    }

    @Override
    public List<Path> recentFiles() {
        return List.copyOf(recent);
    }

    @Override
    public void setRecentFiles(List<Path> files) {
        recent = new ArrayList<>(files);
    }

    @Override
    public Optional<WindowBounds> windowBounds() {
        return Optional.ofNullable(bounds);
    }

    @Override
    public void setWindowBounds(WindowBounds bounds) {
        this.bounds = bounds;
    }

    @Override
    public Optional<Path> lastDirectory() {
        return Optional.ofNullable(lastDirectory);
    }

    @Override
    public void setLastDirectory(Path directory) {
        lastDirectory = directory;
    }

    @Override
    public List<PutOffConflictCopy> putOffConflictCopies() {
        return List.copyOf(putOff);
    }

    @Override
    public void setPutOffConflictCopies(List<PutOffConflictCopy> copies) {
        putOff = new ArrayList<>(copies);
    }

    @Override
    public Optional<PaperChoices> paperChoices() {
        return Optional.ofNullable(paper);
    }

    @Override
    public void setPaperChoices(PaperChoices choices) {
        this.paper = choices;
    }
}
