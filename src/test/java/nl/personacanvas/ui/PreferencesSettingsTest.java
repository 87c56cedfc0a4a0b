package nl.personacanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PreferencesSettingsTest {
    private final Preferences node = Preferences.userRoot().node("nl/personacanvas/test-" + UUID.randomUUID());
    private final PreferencesSettings settings = new PreferencesSettings(node);

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void dutchUntilToldOtherwise() {
        assertThat(settings.language()).isEqualTo(Messages.DUTCH);
        settings.setLanguage(Locale.ENGLISH);
        assertThat(new PreferencesSettings(node).language()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void recentFilesAreMostRecentFirstWithoutDuplicatesAndBounded() {
        for (int i = 0; i < 10; i++) {
            settings.addRecentFile(Path.of("/werk/" + i + ".pcanvas"));
        }
        settings.addRecentFile(Path.of("/werk/5.pcanvas"));
        assertThat(settings.recentFiles()).hasSize(Settings.MAX_RECENT_FILES)
                .startsWith(Path.of("/werk/5.pcanvas"), Path.of("/werk/9.pcanvas"))
                .doesNotHaveDuplicates();
    }

    @Test
    void windowBoundsRoundTripAndGarbageIsIgnored() {
        assertThat(settings.windowBounds()).isEmpty();
        settings.setWindowBounds(new WindowBounds(10, 20, 1000, 700, true));
        assertThat(settings.windowBounds()).contains(new WindowBounds(10, 20, 1000, 700, true));
        node.put("window.bounds", "1;2;x");
        assertThat(settings.windowBounds()).isEmpty();
    }

    /** Session 24: the export dialog's paper outlives the app, and a setting it cannot read is ignored. */
    @Test
    void paperChoicesSurviveARestartAndGarbageIsIgnored() {
        assertThat(settings.paperChoices()).isEmpty();
        PaperChoices a2 = new PaperChoices(nl.personacanvas.pdf.PaperSize.A2, true, true,
                nl.personacanvas.pdf.PaperSize.A3, true, false);
        settings.setPaperChoices(a2);
        assertThat(new PreferencesSettings(node).paperChoices()).contains(a2);
        node.put("paperChoices", "A0;true");
        assertThat(settings.paperChoices()).isEmpty();
        node.put("paperChoices", "A0;true;false;A4;true;true");
        assertThat(settings.paperChoices()).isEmpty();
    }

    @Test
    void putOffConflictCopiesSurviveARestartANewerCopyReplacesItsOlderAnswerAndGarbageIsIgnored() {
        Path twente = Path.of("/werk/دبي twente.pcanvas");
        PutOffConflictCopy first = new PutOffConflictCopy(twente, "twente (Ans's conflicted copy).pcanvas",
                Instant.parse("2026-12-01T09:00:00.123456Z"));
        PutOffConflictCopy other = new PutOffConflictCopy(Path.of("/werk/zwolle.pcanvas"),
                "zwolle.sync-conflict-20261201-090000-ABC.pcanvas", Instant.parse("2026-12-01T08:00:00Z"));
        settings.putOff(first);
        settings.putOff(other);
        assertThat(new PreferencesSettings(node).putOffConflictCopies()).containsExactly(other,
                new PutOffConflictCopy(twente, "twente (Ans's conflicted copy).pcanvas",
                        Instant.parse("2026-12-01T09:00:00.123Z")));

        PutOffConflictCopy newer = new PutOffConflictCopy(twente, first.copyName(), Instant.parse("2026-12-01T11:30:00Z"));
        settings.putOff(newer);
        node.put("conflictCopy.putOff.5", "geen getal\nx\n/werk/y.pcanvas");
        assertThat(new PreferencesSettings(node).putOffConflictCopies()).containsExactly(newer, other);
    }
}
