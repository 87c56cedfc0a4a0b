package nl.personacanvas.ui.main;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.personacanvas.merge.CommonBase;
import nl.personacanvas.model.Persona;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.document.WorkbookDocument;

/**
 * The lasting notice of personas a merge with the file on disk kept although one side deleted them ("deleted there,
 * edited here"). The status line's sentence goes with the next message and the notification after a few seconds;
 * a colleague's deletion that was not followed should not be missed that way. So this stays until the user closes
 * it, or until none of those personas is in the workbook any more (deleted after all, the merge undone, another
 * workbook opened). It speaks of the personas as they are named now, in the window's language of the moment.
 */
public final class KeptPersonasNotice {
    private final WorkbookDocument document;
    private final Messages messages;
    private final StringProperty selectedPersonaId;
    /** The kept personas by id: a name may be shared, or changed after the merge. */
    private final ObservableList<String> ids = FXCollections.observableArrayList();
    private final StringBinding text;
    private final BooleanBinding shown;
    private String file = "";

    KeptPersonasNotice(WorkbookDocument document, Messages messages, StringProperty selectedPersonaId) {
        this.document = document;
        this.messages = messages;
        this.selectedPersonaId = selectedPersonaId;
        this.text = Bindings.createStringBinding(this::computeText, ids, document.workbookProperty(),
                messages.localeProperty());
        this.shown = Bindings.createBooleanBinding(() -> !present().isEmpty(), ids, document.workbookProperty());
        // Gone for good once none is left: a persona with the same id coming back (undo) is no reason to return.
        document.workbookProperty().addListener((obs, was, now) -> {
            if (!ids.isEmpty() && present().isEmpty()) {
                ids.clear();
            }
        });
    }

    /** A merge with {@code file} kept these personas; added to any the notice still names. */
    void kept(String file, List<CommonBase.KeptPersona> kept) {
        this.file = file;
        kept.stream().map(CommonBase.KeptPersona::id).filter(id -> !ids.contains(id)).forEach(ids::add);
    }

    /** The user has read it. */
    public void close() {
        ids.clear();
    }

    /**
     * Picks a named persona in the list, so its canvas shows; with several, each press picks the next one after the
     * one shown.
     */
    public void showPersona() {
        List<Persona> here = present();
        if (here.isEmpty()) {
            return;
        }
        List<String> hereIds = here.stream().map(Persona::id).toList();
        int shownNow = hereIds.indexOf(selectedPersonaId.get());
        selectedPersonaId.set(hereIds.get((shownNow + 1) % hereIds.size()));
    }

    /** Whether there is anything to say: at least one of the kept personas is still in the workbook. */
    public BooleanBinding shownProperty() {
        return shown;
    }

    public StringBinding textProperty() {
        return text;
    }

    /** The ids the notice speaks of, the ones no longer in the workbook included until it closes. */
    public List<String> personaIds() {
        return List.copyOf(ids);
    }

    private List<Persona> present() {
        return ids.stream().map(document.workbook()::persona).flatMap(Optional::stream).toList();
    }

    private String computeText() {
        List<String> names = present().stream()
                .map(p -> p.name().isBlank() ? messages.get("personas.unnamed") : p.name()).toList();
        if (names.isEmpty()) {
            return "";
        }
        return names.size() == 1 ? messages.get("keptNotice.one", names.get(0), file)
                : messages.get("keptNotice.many", names.size(), String.join(", ", names), file);
    }
}
