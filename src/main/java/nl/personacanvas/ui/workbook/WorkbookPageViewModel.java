package nl.personacanvas.ui.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.personacanvas.matrix.MatrixActivity;
import nl.personacanvas.model.ActivityGroup;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Ids;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.PrincipleTheme;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.ReconciledById;
import nl.personacanvas.ui.Shortcuts;
import nl.personacanvas.ui.document.WorkbookDocument;

/**
 * The workbook page: who the panel is, their working definition, principles and core activities.
 * Every field writes through the document (one undo step per field while typing); lists are
 * reconciled with the workbook after each change, so fields being typed in are kept.
 */
public final class WorkbookPageViewModel {
    private final WorkbookDocument document;
    private final List<MatrixActivity> matrixActivities;
    private final MovedPersonasMessage movedPersonas;
    private final Consumer<String> announcer;
    private final StringProperty school = new SimpleStringProperty(this, "school", "");
    private final StringProperty region = new SimpleStringProperty(this, "region", "");
    private final StringProperty team = new SimpleStringProperty(this, "team", "");
    private final StringProperty definition = new SimpleStringProperty(this, "definition", "");
    private final ObservableList<PrincipleViewModel> principles = FXCollections.observableArrayList();
    private final ObservableList<ActivityViewModel> activities = FXCollections.observableArrayList();
    private final ObservableList<MatrixActivity> addableMatrixActivities = FXCollections.observableArrayList();
    private boolean reconciling;

    /**
     * {@code matrixActivities}: the matrix's five activities, offered when adding a core activity; {@code announcer}
     * tells the user what they should not miss (personas moved by a removed activity).
     */
    public WorkbookPageViewModel(WorkbookDocument document, List<MatrixActivity> matrixActivities, Messages messages,
                                 Consumer<String> announcer) {
        this.document = document;
        this.matrixActivities = List.copyOf(matrixActivities);
        this.movedPersonas = new MovedPersonasMessage(messages, Shortcuts.shown(Shortcuts.UNDO));
        this.announcer = announcer;
        bind(school, "undo.editSchool", "school", Workbook::withSchool);
        bind(region, "undo.editRegion", "region", Workbook::withRegion);
        bind(team, "undo.editTeam", "team", Workbook::withTeam);
        bind(definition, "undo.editDefinition", "definition", Workbook::withDefinition);
        document.workbookProperty().addListener((obs, old, now) -> {
            reconcile();
            tellWhoMoved(old, now);
        });
        reconcile();
    }

    private void bind(StringProperty property, String label, String key, BiFunction<Workbook, String, Workbook> setter) {
        property.addListener((obs, old, now) -> {
            if (!reconciling) {
                document.apply(label, "workbook:" + key, wb -> setter.apply(wb, now));
            }
        });
    }

    private void reconcile() {
        reconciling = true;
        try {
            Workbook wb = document.workbook();
            setIfDifferent(school, wb.school());
            setIfDifferent(region, wb.region());
            setIfDifferent(team, wb.team());
            setIfDifferent(definition, wb.definition());
            reconcilePrinciples(wb.principles());
            reconcileActivities(wb.activities());
            List<MatrixActivity> addable = matrixActivities.stream()
                    .filter(m -> wb.activities().stream().noneMatch(a -> m.id().equals(a.matrixId()))).toList();
            if (!addable.equals(addableMatrixActivities)) {
                addableMatrixActivities.setAll(addable);
            }
        } finally {
            reconciling = false;
        }
    }

    private static void setIfDifferent(StringProperty property, String value) {
        if (!value.equals(property.get())) {
            property.set(value);
        }
    }

    /** Themes have no ids; they are matched by position, which is stable while one is typed in. */
    private void reconcilePrinciples(List<PrincipleTheme> model) {
        while (principles.size() > model.size()) {
            principles.remove(principles.size() - 1);
        }
        while (principles.size() < model.size()) {
            principles.add(newPrinciple());
        }
        for (int i = 0; i < model.size(); i++) {
            principles.get(i).update(model.get(i));
        }
    }

    private PrincipleViewModel newPrinciple() {
        PrincipleViewModel vm = new PrincipleViewModel();
        vm.themeProperty().addListener((obs, old, now) -> editPrinciple(vm, "theme",
                p -> new PrincipleTheme(now, p.statements())));
        vm.statementsProperty().addListener((obs, old, now) -> editPrinciple(vm, "statements",
                p -> new PrincipleTheme(p.theme(), PrincipleViewModel.parseStatements(now))));
        return vm;
    }

    private void editPrinciple(PrincipleViewModel vm, String field, UnaryOperator<PrincipleTheme> change) {
        int index = principles.indexOf(vm);
        if (reconciling || index < 0) {
            return;
        }
        document.apply("undo.editPrinciples", "principle:" + index + ":" + field, wb -> {
            List<PrincipleTheme> list = new ArrayList<>(wb.principles());
            list.set(index, change.apply(list.get(index)));
            return wb.withPrinciples(list);
        });
    }

    private void reconcileActivities(List<CoreActivity> model) {
        ReconciledById.reconcile(activities, model, ActivityViewModel::id, CoreActivity::id, this::newActivity,
                ActivityViewModel::update);
    }

    private ActivityViewModel newActivity(CoreActivity activity) {
        ActivityViewModel vm = new ActivityViewModel(activity);
        vm.nameProperty().addListener((obs, old, now) -> editActivity(vm.id(), "name", a -> a.withName(now)));
        vm.groupProperty().addListener((obs, old, now) -> {
            if (now != null) {
                editActivity(vm.id(), null, a -> a.withGroup(now));
            }
        });
        return vm;
    }

    private void editActivity(String id, String field, UnaryOperator<CoreActivity> change) {
        if (reconciling) {
            return;
        }
        document.apply("undo.editActivity", field == null ? null : "activity:" + id + ":" + field,
                wb -> wb.withActivities(wb.activities().stream().map(a -> a.id().equals(id) ? change.apply(a) : a).toList()));
    }

    public void addPrinciple() {
        document.apply("undo.addPrinciple", null, wb -> {
            List<PrincipleTheme> list = new ArrayList<>(wb.principles());
            list.add(new PrincipleTheme("", List.of()));
            return wb.withPrinciples(list);
        });
    }

    public void removePrinciple(PrincipleViewModel principle) {
        int index = principles.indexOf(principle);
        if (index >= 0) {
            document.apply("undo.removePrinciple", null, wb -> {
                List<PrincipleTheme> list = new ArrayList<>(wb.principles());
                list.remove(index);
                return wb.withPrinciples(list);
            });
        }
    }

    /** Adds one of the matrix's activities under the study's own name and group. */
    public void addMatrixActivity(MatrixActivity activity) {
        addActivity(new CoreActivity(Ids.newActivityId(), activity.id(), activity.name(), activity.group()));
    }

    /** Adds a school's own activity, still to be named. */
    public ActivityViewModel addOwnActivity() {
        CoreActivity own = new CoreActivity(Ids.newActivityId(), null, "", ActivityGroup.AT_HOME);
        addActivity(own);
        return activities.stream().filter(a -> a.id().equals(own.id())).findFirst().orElseThrow();
    }

    private void addActivity(CoreActivity activity) {
        document.apply("undo.addActivity", null, wb -> {
            List<CoreActivity> list = new ArrayList<>(wb.activities());
            list.add(activity);
            return wb.withActivities(list);
        });
    }

    /**
     * Removes the activity; its personas stay and are listed without an activity until given another (the user is
     * told who moved, see {@link #tellWhoMoved}).
     */
    public void removeActivity(ActivityViewModel activity) {
        document.apply("undo.removeActivity", null, wb -> wb.withActivities(
                wb.activities().stream().filter(a -> !a.id().equals(activity.id())).toList()));
    }

    /**
     * Personas moved under "Zonder kernactiviteit" by a change that removed their activity move in the persona list
     * out of the user's sight (the list is beside the canvas, not this page), so the user is told who moved and how to
     * take it back: after the removal and after its redo alike (which a save may have met with personas written
     * without the activity already, see {@link MovedPersonasMessage#moved}). Nothing is said when no persona worked on
     * the activity, nor for a workbook opened or restored, which Ctrl+Z cannot take back.
     */
    private void tellWhoMoved(Workbook old, Workbook now) {
        if (old.activities() == now.activities() || !document.canUndoNow()) {
            return;
        }
        List<Persona> moved = MovedPersonasMessage.moved(old, now);
        if (!moved.isEmpty()) {
            announcer.accept(movedPersonas.text(moved));
        }
    }

    public StringProperty schoolProperty() {
        return school;
    }

    public StringProperty regionProperty() {
        return region;
    }

    public StringProperty teamProperty() {
        return team;
    }

    public StringProperty definitionProperty() {
        return definition;
    }

    public ObservableList<PrincipleViewModel> principles() {
        return principles;
    }

    public ObservableList<ActivityViewModel> activities() {
        return activities;
    }

    /** The matrix activities the workbook does not have yet. */
    public ObservableList<MatrixActivity> addableMatrixActivities() {
        return addableMatrixActivities;
    }
}
