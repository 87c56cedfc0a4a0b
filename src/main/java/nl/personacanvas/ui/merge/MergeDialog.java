package nl.personacanvas.ui.merge;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.personacanvas.merge.Choice;
import nl.personacanvas.merge.Difference;
import nl.personacanvas.merge.EntryDifference;
import nl.personacanvas.merge.Field;
import nl.personacanvas.merge.FieldDifference;
import nl.personacanvas.merge.PersonaAddition;
import nl.personacanvas.merge.PersonaConflict;
import nl.personacanvas.merge.Placement;
import nl.personacanvas.ui.DialogButtons;
import nl.personacanvas.ui.LeftToRight;
import nl.personacanvas.ui.DialogWidth;
import nl.personacanvas.ui.ScreenRoom;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.canvas.QuadrantTexts;

/**
 * The differences of an import side by side (mine | theirs) with keep mine / keep theirs / keep both for
 * each; OK applies them all as one step.
 */
public final class MergeDialog extends Dialog<ButtonType> {
    private final MergeViewModel viewModel;
    private final Messages messages;

    public MergeDialog(Window owner, MergeViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        initOwner(owner);
        setResizable(true);
        setTitle(messages.get("merge.title", viewModel.plan().source()));
        // "Persona's in beide werkboeken verschillen" was said when only the team differed (session 22).
        setHeaderText(messages.get(viewModel.plan().conflicts().isEmpty() ? "merge.header.workbook" : "merge.header",
                viewModel.plan().source()));
        VBox content = new VBox(10);
        content.setId("merge-content");
        content.setPadding(new Insets(4));
        if (!viewModel.plan().workbookQuestions().isEmpty()) {
            content.getChildren().add(section(messages.get("merge.workbook"),
                    List.copyOf(viewModel.plan().workbookQuestions())));
        }
        for (PersonaConflict conflict : viewModel.plan().conflicts()) {
            content.getChildren().add(section(LeftToRight.line(conflict.mine().name()),
                    conflict.differences().toList()));
        }
        if (!viewModel.plan().additions().isEmpty()) {
            content.getChildren().add(additions(viewModel.plan().additions()));
        }
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(VIEW_WIDTH, VIEW_HEIGHT);
        getDialogPane().setContent(scroll);
        ButtonType apply = new ButtonType(messages.get("merge.apply"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(apply, ButtonType.CANCEL);
        getDialogPane().lookupButton(apply).setId("merge-apply");
        DialogButtons.localise(getDialogPane(), messages);
        DialogWidth.fitContent(getDialogPane());
        fitScreen(getDialogPane(), ScreenRoom.visualBoundsOf(owner));
    }

    /**
     * The dialog is as wide as the differences' view, within what {@link ScreenRoom} gives a window on the screen, and
     * the sentence above wraps at that width: left to its own measure it was one line, and from a sync client's
     * conflict copy, whose long name it says twice, the dialog was 1,751 px wide on a 1366 px screen, Importeren
     * beyond its edge (session 25).
     * <p>
     * The differences' view is as tall as its rows, up to 620 px: two differences had a 742 px dialog, mostly empty.
     * It gives up height where the whole dialog would be taller than the screen allows: centred on the main window of
     * a 1280 × 720 laptop, the dialog's top with the title and the sentence saying what to choose lay above the screen
     * (session 18). The rows and the wrapped sentence are measured at the width they are laid out at, and the pane
     * asks for exactly their sum: measured without a width the sentence counted one line, and the lines it wrapped
     * to were taken from the view's height.
     */
    static void fitScreen(DialogPane pane, Rectangle2D screen) {
        ScrollPane scroll = (ScrollPane) pane.getContent();
        Region content = (Region) scroll.getContent();
        pane.setPrefSize(Region.USE_COMPUTED_SIZE, Region.USE_COMPUTED_SIZE);
        pane.applyCss();
        Insets sides = pane.getInsets();
        double width = ScreenRoom.fit(VIEW_WIDTH + sides.getLeft() + sides.getRight(), 0, screen).getWidth();
        scroll.setPrefWidth(width - sides.getLeft() - sides.getRight());
        Insets around = scroll.getInsets();
        double rows = content.prefHeight(scroll.getPrefWidth() - around.getLeft() - around.getRight())
                + around.getTop() + around.getBottom();
        scroll.setPrefHeight(Math.max(MIN_VIEW, Math.min(VIEW_HEIGHT, Math.ceil(rows) + 2)));
        double wanted = pane.prefHeight(width);
        double room = ScreenRoom.fit(0, wanted, screen).getHeight();
        if (wanted > room) {
            scroll.setPrefHeight(Math.max(MIN_VIEW, scroll.getPrefHeight() - (wanted - room)));
        }
        pane.setPrefSize(width, pane.prefHeight(width));
    }

    /** The differences' view at most: three columns of text beside the choices. */
    private static final double VIEW_WIDTH = 980;
    private static final double VIEW_HEIGHT = 620;

    /** The least height of the differences' view: a few rows, whatever the screen. */
    private static final double MIN_VIEW = 160;

    /** A conflict's three choices; a persona only they have is added or not ("mine" would be its absence). */
    private static final char LRM = '\u200E';
    private static final List<Choice> CONFLICT_CHOICES = List.of(Choice.MINE, Choice.THEIRS, Choice.BOTH);
    private static final List<Choice> ADDITION_CHOICES = List.of(Choice.BOTH, Choice.MINE);

    private Node section(String title, List<Difference> differences) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints what = new ColumnConstraints(140);
        // At least 160: with 200 the English choices ("Keep theirs") made the rows a few pixels wider than the view in
        // a 1024 px window, and a sideways scroll bar came up under them (session 28).
        ColumnConstraints side = new ColumnConstraints(160, 320, Double.MAX_VALUE);
        side.setHgrow(Priority.ALWAYS);
        // The choices keep their width: the two sides growing took it and left "…" on all three buttons.
        ColumnConstraints choices = new ColumnConstraints();
        choices.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(what, side, side, choices);
        onOneLine(grid, 0, bold(""), bold(messages.get("merge.mine")), bold(messages.get("merge.theirs")), bold(""));
        int row = 1;
        for (Difference d : differences) {
            String[] cells = describe(d);
            onOneLine(grid, row++, wrap(cells[0]), wrap(cells[1]), wrap(cells[2]), choices(d, CONFLICT_CHOICES));
        }
        TitledPane pane = new TitledPane(title, grid);
        pane.setId("merge-section-" + title.replaceAll("\\W", ""));
        return pane;
    }

    /**
     * A row's cells at its top, beside their choices: a row as tall as a work definition's paragraphs centred the
     * shorter cells, so at 1024 × 600 "Werkdefinitie" stood a view's height below its choices, out of sight, and
     * their text lower than mine (ux26b). BASELINE kept the lines from wrapping ("Werkgroep …").
     */
    private static void onOneLine(GridPane grid, int row, Node... cells) {
        for (Node cell : cells) {
            GridPane.setValignment(cell, VPos.TOP);
        }
        grid.addRow(row, cells);
    }

    private String[] describe(Difference d) {
        if (d instanceof FieldDifference f) {
            return isName(f.field()) ? new String[] {fieldName(f.field()), LeftToRight.line(f.mine()),
                LeftToRight.line(f.theirs())} : new String[] {fieldName(f.field()), f.mine(), f.theirs()};
        }
        EntryDifference e = (EntryDifference) d;
        Placement any = e.mine() != null ? e.mine() : e.theirs();
        return new String[] {QuadrantTexts.title(messages, any.quadrant()), place(e.mine()), place(e.theirs())};
    }

    /**
     * A name is shown left to right, as its field in the window and the persona list show it (session 26): a cell
     * holding "فاطمة El Amrani" read "El Amrani فاطمة". Sentences and notes keep the direction of their first letter.
     */
    private static boolean isName(Field field) {
        return switch (field) {
            case SCHOOL, REGION, TEAM, ACTIVITY_NAME, NAME -> true;
            default -> false;
        };
    }

    private String fieldName(Field field) {
        return messages.get(switch (field) {
            case SCHOOL -> "merge.field.school";
            case REGION -> "merge.field.region";
            case TEAM -> "merge.field.team";
            case DEFINITION -> "merge.field.definition";
            case ACTIVITY_NAME -> "merge.field.activityName";
            case NAME -> "merge.field.name";
            case ROLE -> "merge.field.role";
            case ACTIVITY -> "merge.field.activity";
            case AUTHORS -> "merge.field.authors";
            case NOTES -> "merge.field.notes";
            case PORTRAIT -> "merge.field.portrait";
        });
    }

    private String place(Placement p) {
        if (p == null) {
            return messages.get("merge.absent");
        }
        return p.entry().text() + (p.entry().note().isEmpty() ? "" : "\n(" + p.entry().note() + ")")
                + "\n— " + QuadrantTexts.title(messages, p.quadrant()) + " " + (p.index() + 1);
    }

    /**
     * The personas only they have, each with Toevoegen or Niet toevoegen (it showed Mijn versie / Hun versie / Beide,
     * of which the last two did the same and the first named a version the user does not have). The choices stand in
     * one column at the right, as the differences' choices above do: beside each name they were out of line from row
     * to row (session 22).
     */
    private Node additions(List<PersonaAddition> additions) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints names = new ColumnConstraints();
        names.setHgrow(Priority.ALWAYS);
        ColumnConstraints choices = new ColumnConstraints();
        choices.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(names, choices);
        int row = 0;
        for (PersonaAddition a : additions) {
            Label label = wrap(messages.get("merge.addition", inSentence(a.persona().name()),
                    a.persona().canvas().size()));
            label.setId("merge-addition-" + a.key().replaceAll("[^A-Za-z0-9-]", "_"));
            onOneLine(grid, row++, label, choices(a, ADDITION_CHOICES));
        }
        return new VBox(4, new Label(messages.get("merge.additions")), grid);
    }

    /**
     * A name inside a Dutch or English sentence, between left-to-right marks: a line starting with an Arabic name was
     * laid out right to left as a whole and read "(notities 4) عبد الرحمن" (session 16's review).
     */
    private static String inSentence(String name) {
        return LRM + name + LRM;
    }

    private Node choices(Difference d, List<Choice> offered) {
        ToggleGroup group = new ToggleGroup();
        HBox buttons = new HBox();
        buttons.getStyleClass().add("segmented-button");
        boolean addition = d instanceof PersonaAddition;
        for (Choice c : offered) {
            ToggleButton b = new ToggleButton(messages.get(switch (c) {
                case MINE -> addition ? "merge.choice.skip" : "merge.choice.mine";
                case THEIRS -> "merge.choice.theirs";
                case BOTH -> addition ? "merge.choice.add" : "merge.choice.both";
            }));
            b.setUserData(c);
            b.setToggleGroup(group);
            b.setId("merge-" + d.key().replaceAll("[^A-Za-z0-9-]", "_") + "-" + c.name().toLowerCase());
            b.setSelected(viewModel.choice(d).get() == c);
            b.setMinWidth(Region.USE_PREF_SIZE);
            buttons.getChildren().add(b);
        }
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        group.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one choice is always made; clicking it again must not clear it
            } else {
                viewModel.choice(d).set((Choice) now.getUserData());
            }
        });
        return buttons;
    }

    /** A column's head; it wraps as the cells do, as "Mijn versie (open werkboek)" was cut at a 1024 px screen. */
    private static Label bold(String text) {
        Label l = wrap(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    private static Label wrap(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }
}
