package nl.personacanvas.ui.workbook;

import java.util.function.BiFunction;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.PrincipleTheme;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.document.WorkbookDocument;

/**
 * The workbook page: who the panel is, their working definition, principles and core activities.
 * Text fields write through the document (one undo step per field while typing).
 */
public final class WorkbookPageViewModel {
    private final WorkbookDocument document;
    private final StringProperty school = new SimpleStringProperty(this, "school", "");
    private final StringProperty region = new SimpleStringProperty(this, "region", "");
    private final StringProperty team = new SimpleStringProperty(this, "team", "");
    private final StringProperty definition = new SimpleStringProperty(this, "definition", "");
    private final ObservableList<PrincipleTheme> principles = FXCollections.observableArrayList();
    private final ObservableList<CoreActivity> activities = FXCollections.observableArrayList();
    private boolean reconciling;

    public WorkbookPageViewModel(WorkbookDocument document) {
        this.document = document;
        bind(school, "undo.editSchool", "school", Workbook::withSchool);
        bind(region, "undo.editRegion", "region", Workbook::withRegion);
        bind(team, "undo.editTeam", "team", Workbook::withTeam);
        bind(definition, "undo.editDefinition", "definition", Workbook::withDefinition);
        document.workbookProperty().addListener((obs, old, now) -> reconcile());
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
            if (!principles.equals(wb.principles())) {
                principles.setAll(wb.principles());
            }
            if (!activities.equals(wb.activities())) {
                activities.setAll(wb.activities());
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

    public ObservableList<PrincipleTheme> principles() {
        return principles;
    }

    public ObservableList<CoreActivity> activities() {
        return activities;
    }
}
