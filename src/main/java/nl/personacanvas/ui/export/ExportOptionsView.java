package nl.personacanvas.ui.export;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.pdf.PaperSize;
import nl.personacanvas.ui.AppStylesheet;
import nl.personacanvas.ui.controls.WrappingChoice;

/**
 * The choices of an export as a form: what, paper, orientation, tiling, footer and (for the export
 * dialog, not the preview) one file or one per persona. Shared by the export dialog and the preview.
 */
final class ExportOptionsView extends GridPane {
    private final ExportOptionsViewModel options;
    private final ExportTexts texts;
    private final String idPrefix;
    private int row;

    /** {@code idPrefix} keeps the ids apart when the export dialog and the preview are open together. */
    ExportOptionsView(ExportOptionsViewModel options, ExportTexts texts, boolean withOutput, String idPrefix) {
        this.options = options;
        this.texts = texts;
        this.idPrefix = idPrefix;
        getStyleClass().add("export-options");
        // Its check boxes and radio buttons show the app's focus ring, in the export dialog and the preview.
        AppStylesheet.applyTo(this);
        setHgap(12);
        setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        getColumnConstraints().addAll(labels, fields);

        add("options.what", whatChoices());
        add("options.paper", paperChoices());
        add("options.tiling", tilingChoices());
        add("options.footer", footerChoices());
        if (withOutput) {
            add("options.output", outputChoices());
        }
        Label problem = new Label();
        problem.setId(id("problem"));
        problem.getStyleClass().add("export-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(options.problemProperty());
        problem.visibleProperty().bind(options.problemProperty().isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());
        GridPane.setHalignment(problem, HPos.LEFT);
        add(problem, 0, row++, 2, 1);
    }

    private String id(String name) {
        return idPrefix + "-" + name;
    }

    private void add(String key, Node field) {
        Label label = new Label(texts.get(key));
        label.getStyleClass().add("export-option-label");
        label.setMinWidth(Label.USE_PREF_SIZE);
        label.setLabelFor(field);
        GridPane.setValignment(label, VPos.TOP);
        addRow(row++, label, field);
    }

    private Node footerChoices() {
        CheckBox footer = new CheckBox(texts.get("options.footer.on"));
        footer.setId(id("footer"));
        footer.setWrapText(true);
        footer.selectedProperty().bindBidirectional(options.footerProperty());
        CheckBox summary = new CheckBox(texts.get("options.footer.checkSummary"));
        summary.setId(id("check-summary"));
        summary.setWrapText(true);
        summary.getStyleClass().add("export-long-option");
        // Where the dialog cannot grow (the screen's bottom) the persona list gives up height, not this option's
        // second line: squeezed, it read "… dekking per ...".
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.selectedProperty().bindBidirectional(options.checkSummaryProperty());
        summary.disableProperty().bind(options.footerProperty().not());
        VBox box = new VBox(6, footer, summary);
        VBox.setMargin(summary, new Insets(0, 0, 0, 22));
        return box;
    }

    private Node whatChoices() {
        ToggleGroup group = new ToggleGroup();
        RadioButton current = radio(group, ExportScope.CURRENT, id("scope-current"), "");
        // A persona's name runs to 300 characters: on one line it made the dialog 2,500 px wide, off the screen.
        current.getStyleClass().add("export-long-option");
        current.tooltipProperty().bind(Bindings.createObjectBinding(() -> options.workbook()
                .persona(String.valueOf(options.currentPersonaIdProperty().get()))
                .map(p -> OptionNames.whole(p.name())).orElse(null),
                options.workbookProperty(), options.currentPersonaIdProperty()));
        current.textProperty().bind(Bindings.createStringBinding(() -> options.workbook()
                .persona(String.valueOf(options.currentPersonaIdProperty().get()))
                .map(p -> texts.get("options.what.current", OptionNames.shown(p.name())))
                .orElse(texts.get("options.what.currentNone")),
                options.workbookProperty(), options.currentPersonaIdProperty()));
        // Off, its text saying why, where it used to look like a choice and then hold up Exporteren with a problem.
        current.disableProperty().bind(options.noCurrentPersonaProperty());
        RadioButton chosen = radio(group, ExportScope.SELECTED, id("scope-selected"),
                texts.get("options.what.selected"));
        VBox personaBoxes = new VBox(4);
        personaBoxes.setId(id("persona-choices"));
        personaBoxes.setPadding(new Insets(4, 8, 4, 8));
        ScrollPane personaList = new ScrollPane(personaBoxes);
        personaList.setFitToWidth(true);
        // As tall as its boxes (no empty band under two personas), from about six on a scroll bar.
        personaList.setMaxHeight(150);
        personaList.disableProperty().bind(options.scopeProperty().isNotEqualTo(ExportScope.SELECTED));
        PersonaBoxes.fill(personaBoxes, options, this::id);
        options.workbookProperty().addListener((obs, old, now) -> {
            if (!old.personas().equals(now.personas())) {
                PersonaBoxes.fill(personaBoxes, options, this::id);
            }
        });
        RadioButton all = radio(group, ExportScope.ALL, id("scope-all"), "");
        all.textProperty().bind(Bindings.createStringBinding(
                () -> texts.get("options.what.all", options.workbook().personas().size()), options.workbookProperty()));
        RadioButton activity = radio(group, ExportScope.ACTIVITY, id("scope-activity"),
                texts.get("options.what.activity"));
        ComboBox<CoreActivity> activities = activityChoice();
        activities.disableProperty().bind(options.scopeProperty().isNotEqualTo(ExportScope.ACTIVITY));
        RadioButton report = radio(group, ExportScope.REPORT, id("scope-report"), texts.get("options.what.report"));
        bindScope(group);
        return new VBox(6, current, chosen, personaList, all, activity, activities, report);
    }

    private RadioButton radio(ToggleGroup group, ExportScope scope, String id, String text) {
        RadioButton button = new RadioButton(text);
        button.setId(id);
        button.setUserData(scope);
        button.setToggleGroup(group);
        button.setWrapText(true);
        return button;
    }

    private void bindScope(ToggleGroup group) {
        selectScope(group, options.scopeProperty().get());
        options.scopeProperty().addListener((obs, old, now) -> selectScope(group, now));
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                options.scopeProperty().set((ExportScope) now.getUserData());
            }
        });
    }

    private static void selectScope(ToggleGroup group, ExportScope scope) {
        for (Toggle toggle : group.getToggles()) {
            toggle.setSelected(toggle.getUserData() == scope);
        }
    }

    /**
     * On a line of its own under its option, as wide as the form, the name wrapping in the box and in its list:
     * activity names run to 130 characters, and a box cut at its width showed "A2 · Internationale en intercul…".
     */
    private ComboBox<CoreActivity> activityChoice() {
        ComboBox<CoreActivity> box = WrappingChoice.create(texts::activityTitle, 200);
        box.setId(id("activity"));
        box.setAccessibleText(texts.get("options.what.activity"));
        fillActivities(box);
        options.workbookProperty().addListener((obs, old, now) -> {
            if (!old.activities().equals(now.activities())) {
                fillActivities(box);
            }
        });
        box.valueProperty().addListener((obs, old, now) -> options.activityIdProperty().set(now == null ? null : now.id()));
        return box;
    }

    private void fillActivities(ComboBox<CoreActivity> box) {
        List<CoreActivity> activities = options.workbook().activities();
        box.getItems().setAll(activities);
        String wanted = options.activityIdProperty().get();
        box.setValue(activities.stream().filter(a -> a.id().equals(wanted)).findFirst()
                .orElse(activities.isEmpty() ? null : activities.get(0)));
    }

    private Node paperChoices() {
        ComboBox<PaperSize> size = new ComboBox<>();
        size.setId(id("size"));
        size.setAccessibleText(texts.get("options.paper"));
        size.getItems().setAll(PaperSize.values());
        size.setConverter(new PaperSizeNames(texts));
        size.valueProperty().bindBidirectional(options.sizeProperty());
        ToggleGroup orientation = new ToggleGroup();
        RadioButton portrait = new RadioButton(texts.get("options.portrait"));
        portrait.setId(id("portrait"));
        portrait.setToggleGroup(orientation);
        RadioButton landscape = new RadioButton(texts.get("options.landscape"));
        landscape.setId(id("landscape"));
        landscape.setToggleGroup(orientation);
        landscape.setSelected(options.landscapeProperty().get());
        portrait.setSelected(!options.landscapeProperty().get());
        landscape.selectedProperty().addListener((obs, old, now) -> options.landscapeProperty().set(now));
        options.landscapeProperty().addListener((obs, old, now) -> (now ? landscape : portrait).setSelected(true));
        // Portrait and landscape stay together on one line; in the preview's narrow panel both go under the size.
        HBox orientations = new HBox(10, portrait, landscape);
        orientations.setAlignment(Pos.CENTER_LEFT);
        return flow(size, orientations);
    }

    private Node tilingChoices() {
        CheckBox tiled = new CheckBox(texts.get("options.tiling.on"));
        tiled.setId(id("tiled"));
        tiled.selectedProperty().bindBidirectional(options.tiledProperty());
        // Off below A2, with the hint under it saying why (a disabled control shows no tooltip).
        tiled.disableProperty().bind(options.tilingPossibleProperty().not());
        ComboBox<PaperSize> sheet = new ComboBox<>();
        sheet.setId(id("tile-sheet"));
        sheet.setAccessibleText(texts.get("options.tiling.sheet"));
        sheet.getItems().setAll(PaperSize.A4, PaperSize.A3);
        sheet.setConverter(new PaperSizeNames(texts));
        sheet.valueProperty().bindBidirectional(options.tileSheetProperty());
        sheet.disableProperty().bind(options.tiledProperty().not());
        Label hint = new Label(texts.get("options.tiling.hint"));
        hint.getStyleClass().add("export-hint");
        hint.setWrapText(true);
        hint.visibleProperty().bind(options.tilingPossibleProperty().not());
        tiled.accessibleHelpProperty().bind(Bindings.when(hint.visibleProperty()).then(hint.getText()).otherwise(""));
        hint.managedProperty().bind(hint.visibleProperty());
        Label sheets = new Label();
        sheets.setId(id("tile-count"));
        sheets.getStyleClass().add("export-hint");
        sheets.setWrapText(true);
        sheets.textProperty().bind(options.tilingSheetsProperty());
        sheets.visibleProperty().bind(sheets.textProperty().isNotEmpty());
        sheets.managedProperty().bind(sheets.visibleProperty());
        return new VBox(4, flow(tiled, sheet), hint, sheets);
    }

    /** Controls side by side that wrap onto the next line in a narrow panel (the preview's) rather than shrink. */
    private static FlowPane flow(Region... controls) {
        for (Region control : controls) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        FlowPane pane = new FlowPane(10, 6, controls);
        pane.setAlignment(Pos.CENTER_LEFT);
        pane.setPrefWrapLength(240);
        return pane;
    }

    private Node outputChoices() {
        ToggleGroup group = new ToggleGroup();
        RadioButton single = new RadioButton(texts.get("options.output.single"));
        single.setId(id("output-single"));
        single.setToggleGroup(group);
        RadioButton each = new RadioButton(texts.get("options.output.each"));
        each.setId(id("output-each"));
        each.setToggleGroup(group);
        each.setWrapText(true);
        (options.onePerPersonaProperty().get() ? each : single).setSelected(true);
        each.selectedProperty().addListener((obs, old, now) -> options.onePerPersonaProperty().set(now));
        options.onePerPersonaProperty().addListener((obs, old, now) -> (now ? each : single).setSelected(true));
        return new VBox(6, single, each);
    }
}
