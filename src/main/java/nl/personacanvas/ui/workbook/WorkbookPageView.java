package nl.personacanvas.ui.workbook;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import nl.personacanvas.matrix.MatrixActivity;
import nl.personacanvas.model.ActivityGroup;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.TextLimits;
import nl.personacanvas.ui.canvas.ActivityTitles;
import nl.personacanvas.ui.controls.RequiredFields;
import nl.personacanvas.ui.controls.SameChoices;
import nl.personacanvas.ui.controls.DeferredMenuButton;
import nl.personacanvas.ui.controls.DeferredTextField;
import nl.personacanvas.ui.controls.DeferredTooltip;
import nl.personacanvas.ui.controls.PathIcon;
import nl.personacanvas.ui.controls.GrowingTextArea;
import nl.personacanvas.ui.controls.LeftToRightField;

/** The workbook page: the panel's school and team, working definition, principles and core activities. */
public final class WorkbookPageView extends ScrollPane {
    private final WorkbookPageViewModel viewModel;
    private final Messages messages;
    private final VBox principlesBox = new VBox(10);
    private final VBox activitiesBox = new VBox(6);
    /** Out of sight when the page opens, and seldom used: its menu is made when first needed. */
    private final MenuButton addActivity = new DeferredMenuButton();
    private final SameChoices<ActivityGroup> groups;

    public WorkbookPageView(WorkbookPageViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.groups = new SameChoices<>(List.of(ActivityGroup.values()), new GroupNames());
        setId("workbook-page");
        getStyleClass().add("workbook-scroll");
        setFitToWidth(true);

        GridPane who = new GridPane();
        who.setHgap(8);
        who.setVgap(6);
        TextField school = field("workbook-school", "workbook.school", viewModel.schoolProperty());
        // The school names the workbook in titles, posters and reports.
        new RequiredFields().require(school, messages.get("workbook.school.required"), visibleProperty());
        who.addRow(0, label("workbook.school"), school);
        who.addRow(1, label("workbook.region"), field("workbook-region", "workbook.region", viewModel.regionProperty()));
        who.addRow(2, label("workbook.team"), field("workbook-team", "workbook.team", viewModel.teamProperty()));
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        who.getColumnConstraints().addAll(new ColumnConstraints(), grow);

        GrowingTextArea definition = GrowingTextArea.deferred();
        definition.setId("workbook-definition");
        definition.setAccessibleText(messages.get("workbook.definition"));
        definition.setPromptText(messages.get("workbook.definition.prompt"));
        definition.textProperty().bindBidirectional(viewModel.definitionProperty());

        principlesBox.setId("workbook-principles");
        activitiesBox.setId("workbook-activities");
        viewModel.principles().addListener((ListChangeListener<PrincipleViewModel>) c -> showPrinciples());
        viewModel.activities().addListener((ListChangeListener<ActivityViewModel>) c -> showActivities());
        viewModel.addableMatrixActivities().addListener((ListChangeListener<MatrixActivity>) c -> fillAddActivity());
        showPrinciples();
        showActivities();

        Button addPrinciple = new Button(messages.get("workbook.principles.add"), new PathIcon(PathIcon.Glyph.ADD));
        addPrinciple.setId("workbook-add-principle");
        addPrinciple.getStyleClass().add("flat");
        addPrinciple.setOnAction(e -> {
            viewModel.addPrinciple();
            principlesBox.getChildren().get(principlesBox.getChildren().size() - 1).lookup(".principle-theme-field").requestFocus();
        });
        addActivity.setText(messages.get("workbook.activities.add"));
        addActivity.setGraphic(new PathIcon(PathIcon.Glyph.ADD));
        addActivity.setId("workbook-add-activity");
        addActivity.getStyleClass().add("flat");
        fillAddActivity();

        VBox page = new VBox(12,
                heading("workbook.heading"), who,
                heading("workbook.definition"), definition,
                heading("workbook.principles"), principlesBox, addPrinciple,
                heading("workbook.activities"), activitiesBox, addActivity);
        page.getStyleClass().add("workbook-page");
        page.setPadding(new Insets(20));
        setContent(page);
    }

    private void showPrinciples() {
        principlesBox.getChildren().clear();
        for (PrincipleViewModel principle : viewModel.principles()) {
            TextField theme = new DeferredTextField();
            theme.getStyleClass().add("principle-theme-field");
            theme.setPromptText(messages.get("workbook.principles.theme"));
            theme.setAccessibleText(messages.get("workbook.principles.theme"));
            theme.textProperty().bindBidirectional(principle.themeProperty());
            HBox.setHgrow(theme, Priority.ALWAYS);
            Button remove = removeButton("workbook.principles.remove", () -> viewModel.removePrinciple(principle));
            GrowingTextArea statements = GrowingTextArea.deferred();
            statements.getStyleClass().add(TextLimits.STATEMENTS);
            statements.setId("workbook-principle-statements-" + principlesBox.getChildren().size());
            statements.setPromptText(messages.get("workbook.principles.statements"));
            statements.setAccessibleText(messages.get("workbook.principles.statements"));
            statements.textProperty().bindBidirectional(principle.statementsProperty());
            VBox box = new VBox(4, new HBox(6, theme, remove), statements);
            box.getStyleClass().add("principle");
            principlesBox.getChildren().add(box);
        }
    }

    private void showActivities() {
        activitiesBox.getChildren().clear();
        for (ActivityViewModel activity : viewModel.activities()) {
            Label id = new Label(ActivityTitles.code(activity.matrixId(), messages));
            id.getStyleClass().add("activity-id");
            id.setMinWidth(Region.USE_PREF_SIZE);
            TextField name = new DeferredTextField();
            name.setPromptText(messages.get("workbook.activities.name"));
            name.setAccessibleText(messages.get("workbook.activities.name"));
            LeftToRightField.bind(name, activity.nameProperty());
            // A choice box, not a combo box: that one builds a list view with scroll bars in the window for
            // each row, a quarter of the nodes of the window's first frame; the rows measure their menu once
            // between them (docs/startup.md).
            ChoiceBox<ActivityGroup> group = groups.newChoiceBox();
            group.setAccessibleText(messages.get("workbook.activities.group"));
            group.valueProperty().bindBidirectional(activity.groupProperty());
            Button remove = removeButton("workbook.activities.remove", () -> viewModel.removeActivity(activity));
            remove.setId("workbook-activity-remove-" + activity.id());
            // The name over the row's width, the group under it: beside the name, the group's box (as wide as its
            // menu) left the name a third of the row, a few words of a long activity name.
            GridPane row = new GridPane();
            row.setHgap(6);
            row.setVgap(4);
            row.add(id, 0, 0);
            row.add(name, 1, 0);
            row.add(remove, 2, 0);
            row.add(group, 1, 1);
            row.getColumnConstraints().addAll(new ColumnConstraints(), growing(), new ColumnConstraints());
            row.getStyleClass().add("activity-row");
            activitiesBox.getChildren().add(row);
        }
    }

    private void fillAddActivity() {
        addActivity.getItems().clear();
        for (MatrixActivity m : viewModel.addableMatrixActivities()) {
            MenuItem item = new MenuItem(m.id() + " · " + m.name());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> viewModel.addMatrixActivity(m));
            addActivity.getItems().add(item);
        }
        if (!addActivity.getItems().isEmpty()) {
            addActivity.getItems().add(new SeparatorMenuItem());
        }
        MenuItem own = new MenuItem(messages.get("workbook.activities.addOwn"));
        own.setOnAction(e -> viewModel.addOwnActivity());
        addActivity.getItems().add(own);
    }

    private Button removeButton(String key, Runnable action) {
        Button remove = new Button(null, new PathIcon(PathIcon.Glyph.DELETE_OUTLINE));
        remove.getStyleClass().add("flat");
        DeferredTooltip.install(remove, messages.get(key));
        remove.setAccessibleText(messages.get(key));
        remove.setOnAction(e -> action.run());
        return remove;
    }

    /** A group's name in the user's language; a choice box only shows its values, it never parses one. */
    private final class GroupNames extends StringConverter<ActivityGroup> {
        @Override
        public String toString(ActivityGroup group) {
            return group == null ? ""
                    : messages.get(group == ActivityGroup.AT_HOME ? "group.atHome" : "group.mobility");
        }

        @Override
        public ActivityGroup fromString(String name) {
            throw new UnsupportedOperationException("A choice box does not parse what it shows");
        }
    }

    private static ColumnConstraints growing() {
        ColumnConstraints column = new ColumnConstraints();
        column.setHgrow(Priority.ALWAYS);
        return column;
    }

    private Label heading(String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("page-heading");
        return l;
    }

    private Label label(String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("field-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private TextField field(String id, String key, javafx.beans.property.StringProperty property) {
        TextField f = new DeferredTextField();
        f.setId(id);
        f.setAccessibleText(messages.get(key));
        LeftToRightField.bind(f, property);
        return f;
    }
}
