package nl.personacanvas.ui.workbook;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.personacanvas.model.ActivityGroup;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.PrincipleTheme;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.controls.GrowingTextArea;
import nl.personacanvas.ui.canvas.ActivityTitles;

/** The workbook page: the panel's school and team, working definition, principles and core activities. */
public final class WorkbookPageView extends ScrollPane {
    private final WorkbookPageViewModel viewModel;
    private final Messages messages;
    private final VBox principlesBox = new VBox(8);
    private final VBox activitiesBox = new VBox(4);

    public WorkbookPageView(WorkbookPageViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        setId("workbook-page");
        getStyleClass().add("workbook-scroll");
        setFitToWidth(true);

        GridPane who = new GridPane();
        who.setHgap(8);
        who.setVgap(6);
        who.addRow(0, label("workbook.school"), field("workbook-school", "workbook.school", viewModel.schoolProperty()));
        who.addRow(1, label("workbook.region"), field("workbook-region", "workbook.region", viewModel.regionProperty()));
        who.addRow(2, label("workbook.team"), field("workbook-team", "workbook.team", viewModel.teamProperty()));
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        who.getColumnConstraints().addAll(new ColumnConstraints(), grow);

        GrowingTextArea definition = new GrowingTextArea();
        definition.setId("workbook-definition");
        definition.setAccessibleText(messages.get("workbook.definition"));
        definition.setPromptText(messages.get("workbook.definition.prompt"));
        definition.textProperty().bindBidirectional(viewModel.definitionProperty());

        viewModel.principles().addListener((ListChangeListener<PrincipleTheme>) c -> showPrinciples());
        viewModel.activities().addListener((ListChangeListener<CoreActivity>) c -> showActivities());
        showPrinciples();
        showActivities();
        principlesBox.setId("workbook-principles");
        activitiesBox.setId("workbook-activities");

        VBox page = new VBox(12,
                heading("workbook.heading"), who,
                heading("workbook.definition"), definition,
                heading("workbook.principles"), principlesBox,
                heading("workbook.activities"), activitiesBox);
        page.getStyleClass().add("workbook-page");
        page.setPadding(new Insets(20));
        setContent(page);
    }

    private void showPrinciples() {
        principlesBox.getChildren().clear();
        if (viewModel.principles().isEmpty()) {
            principlesBox.getChildren().add(muted(messages.get("workbook.principles.none")));
        }
        for (PrincipleTheme theme : viewModel.principles()) {
            Label title = new Label(theme.theme());
            title.getStyleClass().add("principle-theme");
            VBox box = new VBox(2, title);
            theme.statements().forEach(s -> box.getChildren().add(wrapped("• " + s)));
            principlesBox.getChildren().add(box);
        }
    }

    private void showActivities() {
        activitiesBox.getChildren().clear();
        if (viewModel.activities().isEmpty()) {
            activitiesBox.getChildren().add(muted(messages.get("workbook.activities.none")));
        }
        for (CoreActivity a : viewModel.activities()) {
            String group = messages.get(a.group() == ActivityGroup.AT_HOME ? "group.atHome" : "group.mobility");
            activitiesBox.getChildren().add(wrapped(ActivityTitles.title(a) + " (" + group + ")"));
        }
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

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    private static Label muted(String text) {
        Label l = wrapped(text);
        l.getStyleClass().add("muted");
        return l;
    }

    private Node field(String id, String key, javafx.beans.property.StringProperty property) {
        TextField f = new TextField();
        f.setId(id);
        f.setAccessibleText(messages.get(key));
        f.textProperty().bindBidirectional(property);
        return f;
    }
}
