package nl.personacanvas.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** Settings in the user's java.util.prefs node (per user, survives updates of the app). */
public final class PreferencesSettings implements Settings {
    private static final String LANGUAGE = "language";
    private static final String RECENT = "recent.";
    private static final String LAST_DIR = "lastDirectory";
    private static final String PAPER = "paperChoices";
    private static final String BOUNDS = "window.bounds";
    private static final String PUT_OFF = "conflictCopy.putOff.";

    private final Preferences node;

    public PreferencesSettings(Preferences node) {
        this.node = node;
    }

    @Override
    public Locale language() {
        return Messages.supported(Locale.forLanguageTag(node.get(LANGUAGE, Messages.DUTCH.toLanguageTag())));
    }

    @Override
    public void setLanguage(Locale language) {
        node.put(LANGUAGE, language.toLanguageTag());
        flush();
    }

    @Override
    public List<Path> recentFiles() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT_FILES; i++) {
            String value = node.get(RECENT + i, null);
            if (value != null) {
                files.add(Path.of(value));
            }
        }
        return files;
    }

    @Override
    public void setRecentFiles(List<Path> files) {
        for (int i = 0; i < MAX_RECENT_FILES; i++) {
            if (i < files.size()) {
                node.put(RECENT + i, files.get(i).toString());
            } else {
                node.remove(RECENT + i);
            }
        }
        flush();
    }

    @Override
    public Optional<WindowBounds> windowBounds() {
        String[] parts = node.get(BOUNDS, "").split(";");
        if (parts.length != 5) {
            return Optional.empty();
        }
        try {
            return Optional.of(new WindowBounds(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2]), Double.parseDouble(parts[3]), Boolean.parseBoolean(parts[4])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public void setWindowBounds(WindowBounds b) {
        node.put(BOUNDS, b.x() + ";" + b.y() + ";" + b.width() + ";" + b.height() + ";" + b.maximized());
        flush();
    }

    @Override
    public Optional<Path> lastDirectory() {
        return Optional.ofNullable(node.get(LAST_DIR, null)).map(Path::of);
    }

    @Override
    public void setLastDirectory(Path directory) {
        node.put(LAST_DIR, directory.toString());
        flush();
    }

    @Override
    public Optional<PaperChoices> paperChoices() {
        return Optional.ofNullable(node.get(PAPER, null)).flatMap(PaperChoices::fromSetting);
    }

    @Override
    public void setPaperChoices(PaperChoices choices) {
        node.put(PAPER, choices.asSetting());
        flush();
    }

    @Override
    public List<PutOffConflictCopy> putOffConflictCopies() {
        List<PutOffConflictCopy> copies = new ArrayList<>();
        for (int i = 0; i < MAX_PUT_OFF_CONFLICT_COPIES; i++) {
            Optional.ofNullable(node.get(PUT_OFF + i, null)).flatMap(PutOffConflictCopy::fromSetting)
                    .ifPresent(copies::add);
        }
        return copies;
    }

    @Override
    public void setPutOffConflictCopies(List<PutOffConflictCopy> copies) {
        for (int i = 0; i < MAX_PUT_OFF_CONFLICT_COPIES; i++) {
            if (i < copies.size()) {
                node.put(PUT_OFF + i, copies.get(i).asSetting());
            } else {
                node.remove(PUT_OFF + i);
            }
        }
        flush();
    }

    /** A preference store that cannot be written only costs the user their settings, never their work. */
    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            System.getLogger(PreferencesSettings.class.getName()).log(System.Logger.Level.WARNING,
                    "Cannot store settings", e);
        }
    }
}
