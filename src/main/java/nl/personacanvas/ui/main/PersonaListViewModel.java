package nl.personacanvas.ui.main;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.Shortcuts;
import nl.personacanvas.ui.canvas.ActivityTitles;
import nl.personacanvas.ui.document.WorkbookDocument;

/**
 * The left side of the main window: personas grouped by core activity, the filter, the selection and
 * the persona commands (new, duplicate, delete). The groups are only replaced when what they show
 * changes, so typing in a canvas never rebuilds the list.
 */
public final class PersonaListViewModel {
    private final WorkbookDocument document;
    private final Messages messages;
    private final Clock clock;
    private final Consumer<String> announcer;
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final StringProperty selectedPersonaId = new SimpleStringProperty(this, "selectedPersonaId");
    private final ReadOnlyObjectWrapper<List<PersonaGroup>> groups = new ReadOnlyObjectWrapper<>(this, "groups", List.of());
    private final ReadOnlyObjectWrapper<Set<String>> matchingEntries =
            new ReadOnlyObjectWrapper<>(this, "matchingEntries", Set.of());
    private final ReadOnlyObjectWrapper<Set<String>> matchingNotes =
            new ReadOnlyObjectWrapper<>(this, "matchingNotes", Set.of());

    /** @param announcer says what a command did where the user looks (the window's notification and status line) */
    public PersonaListViewModel(WorkbookDocument document, Messages messages, Clock clock, Consumer<String> announcer) {
        this.document = document;
        this.messages = messages;
        this.clock = clock;
        this.announcer = announcer;
        document.workbookProperty().addListener((obs, old, now) -> refresh());
        filter.addListener((obs, old, now) -> refresh());
        messages.localeProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private void refresh() {
        Workbook wb = document.workbook();
        if (selectedPersonaId.get() != null && wb.persona(selectedPersonaId.get()).isEmpty()) {
            selectedPersonaId.set(null);
        }
        List<PersonaGroup> computed = computeGroups(wb);
        if (!computed.equals(groups.get())) {
            groups.set(computed);
        }
        Set<String> matching = matchingEntries(wb);
        if (!matching.equals(matchingEntries.get())) {
            matchingEntries.set(matching);
        }
        Set<String> notes = matchingNotes(wb);
        if (!notes.equals(matchingNotes.get())) {
            matchingNotes.set(notes);
        }
    }

    /** The notes the search finds, in every persona: the canvas marks those of the one it shows. */
    private Set<String> matchingEntries(Workbook wb) {
        PersonaSearch search = new PersonaSearch(filter.get());
        if (search.isEmpty()) {
            return Set.of();
        }
        return wb.personas().stream().flatMap(p -> p.canvas().allEntries()).filter(search::finds)
                .map(Entry::id).collect(Collectors.toUnmodifiableSet());
    }

    /** The personas whose own notes the search finds: the canvas marks the notes field of the one it shows. */
    private Set<String> matchingNotes(Workbook wb) {
        PersonaSearch search = new PersonaSearch(filter.get());
        if (search.isEmpty()) {
            return Set.of();
        }
        return wb.personas().stream().filter(search::findsNotes).map(Persona::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    private List<PersonaGroup> computeGroups(Workbook wb) {
        PersonaSearch search = new PersonaSearch(filter.get());
        List<CoreActivity> shown = new ArrayList<>();
        List<List<PersonaGroup.PersonaItem>> itemsOf = new ArrayList<>();
        for (CoreActivity activity : wb.activities()) {
            List<PersonaGroup.PersonaItem> items = items(wb.personasOf(activity.id()), search);
            if (search.isEmpty() || !items.isEmpty()) {
                shown.add(activity);
                itemsOf.add(items);
            }
        }
        // Told apart among the groups in the list: with one left by the search, its heading is cut at its end only.
        List<String> distinct = DistinctStarts.of(shown.stream().map(CoreActivity::name).toList());
        List<PersonaGroup> result = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            CoreActivity activity = shown.get(i);
            result.add(new PersonaGroup(activity.id(), ActivityTitles.title(activity, messages),
                    ActivityTitles.title(activity.matrixActivity().orElse(null), distinct.get(i), messages),
                    itemsOf.get(i)));
        }
        List<Persona> homeless = wb.personas().stream().filter(p -> wb.activityOf(p).isEmpty()).toList();
        List<PersonaGroup.PersonaItem> items = items(homeless, search);
        if (!items.isEmpty()) {
            String title = messages.get("personas.noActivity");
            result.add(new PersonaGroup("", title, title, items));
        }
        return List.copyOf(result);
    }

    private static List<PersonaGroup.PersonaItem> items(List<Persona> personas, PersonaSearch search) {
        return personas.stream()
                .filter(p -> search.isEmpty() || search.finds(p))
                .map(p -> new PersonaGroup.PersonaItem(p.id(), p.name(), p.role()))
                .toList();
    }

    /** Adds a persona to the selected persona's activity (or the first one) and selects it. */
    public void newPersona() {
        Workbook wb = document.workbook();
        String activityId = selectedPersona().map(Persona::activityId)
                .orElse(wb.activities().isEmpty() ? "" : wb.activities().get(0).id());
        Persona persona = Persona.create(messages.get("persona.newName"), "", activityId, clock.instant());
        document.apply("undo.newPersona", null, w -> w.addPersona(persona));
        selectedPersonaId.set(persona.id());
    }

    public void duplicatePersona() {
        selectedPersona().ifPresent(original -> {
            Persona copy = original.duplicate(messages.get("persona.copyName", original.name()), clock.instant());
            int index = document.workbook().personas().indexOf(original);
            document.apply("undo.duplicatePersona", null, w -> w.insertPersona(index + 1, copy));
            selectedPersonaId.set(copy.id());
        });
    }

    /** Deletes without asking: undo brings the persona back. */
    public void deletePersona() {
        selectedPersona().ifPresent(p -> {
            List<Persona> all = document.workbook().personas();
            int index = all.indexOf(p);
            String next = all.size() > 1 ? all.get(index == all.size() - 1 ? index - 1 : index + 1).id() : null;
            document.apply("undo.deletePersona", null, w -> w.removePersona(p.id()));
            selectedPersonaId.set(next);
            // One click on the list's bin took a whole canvas away and showed the next persona without a word.
            String name = p.name().isBlank() ? messages.get("personas.unnamed") : p.name().strip();
            announcer.accept(messages.get("personas.deleted", name, Shortcuts.shown(Shortcuts.UNDO)));
        });
    }

    public Optional<Persona> selectedPersona() {
        return Optional.ofNullable(selectedPersonaId.get()).flatMap(document.workbook()::persona);
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public StringProperty selectedPersonaIdProperty() {
        return selectedPersonaId;
    }

    /** Ids of the notes the search text finds; empty while there is none. */
    public ReadOnlyObjectProperty<Set<String>> matchingEntriesProperty() {
        return matchingEntries.getReadOnlyProperty();
    }

    /** Ids of the personas whose own notes the search text finds; empty while there is none. */
    public ReadOnlyObjectProperty<Set<String>> matchingNotesProperty() {
        return matchingNotes.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<PersonaGroup>> groupsProperty() {
        return groups.getReadOnlyProperty();
    }
}
