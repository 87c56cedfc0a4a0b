package nl.personacanvas.ui.main;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.controls.DeferredTooltip;

/**
 * The window's status bar: the last message on the left, a progress bar while a file is read or written, the
 * workbook's state on the right. A plain row of labels laid out as ControlsFX's {@code StatusBar} did: that
 * control brought a stylesheet of its own (parsed at every start, and a style cache of its own for the nodes
 * inside it), a grid and a progress bar with its skin into the first frame (docs/startup.md).
 */
final class StatusBarView extends HBox {
    private final Label message = new Label();
    private final StatusBarRoom room;
    private ProgressBar progress;

    StatusBarView(StatusBarViewModel viewModel, Messages messages) {
        setId("status-bar");
        getStyleClass().addAll("status-bar", "app-status-bar");
        setAccessibleText(messages.get("statusbar.accessible"));

        message.setId("status-message");
        message.getStyleClass().add("status-label");
        message.textProperty().bind(viewModel.messageProperty());
        message.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        message.setTextOverrun(OverrunStyle.CENTER_WORD_ELLIPSIS);
        DeferredTooltip.install(message, viewModel.messageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        // A message ("Geopend: twente.pcanvas") keeps its width up to a share of the bar; the check summary
        // and the path give way first (its least width is set at each layout, StatusBarRoom). Without this it
        // was the first to be cut, to a dozen letters.

        // The figures in short, whole (they were the part cut off, at any width, being a whole sentence); the
        // panel's sentence is the tooltip and what a screen reader says. Its text, the summary or its figures alone,
        // is chosen at each layout.
        Label check = item("status-check", null, viewModel.checkDetailProperty(), messages.get("statusbar.check"));
        check.setText(viewModel.checkSummaryProperty().get());
        viewModel.checkSummaryProperty().addListener(obs -> requestLayout());
        viewModel.checkFiguresProperty().addListener(obs -> requestLayout());
        message.textProperty().addListener(obs -> requestLayout());
        // Its least width is set at each layout (StatusBarRoom): whole when the other parts leave room for it.
        check.visibleProperty().bind(viewModel.checkSummaryProperty().isNotEmpty());
        check.managedProperty().bind(check.visibleProperty());
        Label personas = item("status-personas", viewModel.personasProperty(), viewModel.personasProperty(), null);
        Label saved = item("status-saved", viewModel.savedProperty(), viewModel.savedProperty(), null);
        // The short items stay whole ("Persona'..." said nothing); the check summary and the path give way first.
        personas.setMinWidth(Region.USE_PREF_SIZE);
        saved.setMinWidth(Region.USE_PREF_SIZE);
        // Without a file the saved part is empty and gives its room (and its separator's) to the message.
        saved.visibleProperty().bind(viewModel.savedProperty().isNotEmpty());
        saved.managedProperty().bind(saved.visibleProperty());
        Separator beforeSaved = separator();
        beforeSaved.visibleProperty().bind(saved.visibleProperty());
        beforeSaved.managedProperty().bind(saved.visibleProperty());
        Label file = item("status-file", viewModel.fileProperty(), viewModel.fileDetailProperty(),
                messages.get("statusbar.file"));
        file.setMaxWidth(StatusBarRoom.FILE_WIDTH);
        // The file's name is at the end of its path: cut at the start, the name stays (cut in the middle, the name
        // lost its first half as soon as little room was left: "/tmp/ju...pcanvas").
        file.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        // Its least width is set at each layout (StatusBarRoom).
        viewModel.hasFileProperty().addListener(obs -> requestLayout());
        file.textProperty().addListener(obs -> requestLayout());
        HBox right = new HBox(check, separator(), personas, beforeSaved, saved, separator(), file);
        right.getStyleClass().add("right-items");
        right.setMaxHeight(Double.MAX_VALUE);

        getChildren().addAll(message, right);
        room = new StatusBarRoom(this, message, right, check, file, viewModel);

        showBusy(viewModel.busyProperty().get());
        viewModel.busyProperty().addListener((obs, was, busy) -> showBusy(busy));
    }

    /**
     * The bar never sets the window's minimum (760 px, from the list and the canvas): its parts' least widths hold
     * from {@link StatusBarRoom#WHOLE_FROM} on, and counted here they raised the content's minimum to over 900 px.
     */
    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset();
    }

    /** The parts' least widths and the check's text are shared out anew for the bar's width of this layout. */
    @Override
    protected void layoutChildren() {
        room.share();
        super.layoutChildren();
    }

    /** The progress bar (an animation when indeterminate) is made the first time there is something to show. */
    private void showBusy(boolean busy) {
        if (busy && progress == null) {
            progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
            progress.setId("status-progress");
            progress.setMaxHeight(Double.MAX_VALUE);
            getChildren().add(getChildren().indexOf(message) + 1, progress);
        }
        if (progress != null) {
            progress.setVisible(busy);
            progress.setManaged(busy);
        }
    }

    /** A label a screen reader announces with what it stands for, with its whole text ({@code full}) as tooltip. */
    private static Label item(String id, ObservableStringValue text, ObservableStringValue full, String name) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("status-item");
        if (text != null) {
            label.textProperty().bind(text);
        }
        DeferredTooltip.install(label, full);
        if (name != null) {
            label.accessibleTextProperty().bind(Bindings.concat(name, ": ", full));
        }
        return label;
    }

    private static Separator separator() {
        Separator separator = new Separator(Orientation.VERTICAL);
        separator.getStyleClass().add("status-separator");
        return separator;
    }
}
