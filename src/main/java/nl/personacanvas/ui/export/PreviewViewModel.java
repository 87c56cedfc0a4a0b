package nl.personacanvas.ui.export;

import java.awt.image.BufferedImage;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import nl.personacanvas.pdf.ExportWarning;
import nl.personacanvas.pdf.RenderedPdf;
import nl.personacanvas.ui.TaskExecutor;

/**
 * The print preview: builds the export the options describe into a PDF document ({@link PreviewBuild}) and shows
 * its pages as images rendered from that document ({@link PreviewPages}), the same one {@link #print()} hands to
 * the printer. A change of options while a document is being built is picked up as soon as that build is done.
 */
public final class PreviewViewModel {
    /** A progress not known yet, as a progress indicator takes it (its "indeterminate"). */
    public static final double UNKNOWN_PROGRESS = -1;

    private final ExportOptionsViewModel options;
    private final PdfEngine engine;
    private final PrintCommands printing;
    private final TaskExecutor executor;
    private final ExportTexts texts;

    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(this, "pageCount");
    private final IntegerProperty pageIndex = new SimpleIntegerProperty(this, "pageIndex");
    private final PreviewZoom zoom = new PreviewZoom();
    private final PreviewPages pages;
    private final ReadOnlyBooleanWrapper building = new ReadOnlyBooleanWrapper(this, "building");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyDoubleWrapper buildProgress = new ReadOnlyDoubleWrapper(this, "buildProgress",
            UNKNOWN_PROGRESS);
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper(this, "pageText", "");
    private final ReadOnlyBooleanWrapper pagesReady = new ReadOnlyBooleanWrapper(this, "pagesReady");

    private boolean rebuildWanted;
    private boolean closed;

    public PreviewViewModel(ExportOptionsViewModel options, PdfEngine engine, PrintCommands printing,
                            TaskExecutor executor, ExportTexts texts) {
        this.options = options;
        this.engine = engine;
        this.printing = printing;
        this.executor = executor;
        this.texts = texts;
        this.pages = new PreviewPages(executor, zoom, this::failed);
        busy.bind(building.or(pages.renderingProperty()));
        // The page controls act on the document shown; while the next is built they would turn, zoom or print the
        // one before (or none), so they wait for it, and the counter says it is being built rather than a count.
        pagesReady.bind(building.not().and(pageCount.greaterThan(0)));
        pageText.bind(Bindings.createStringBinding(this::pageCounter, building, pageIndex, pageCount));
        Observable[] choices = {options.workbookProperty(), options.currentPersonaIdProperty(),
                options.scopeProperty(), options.chosenIds(), options.activityIdProperty(), options.sizeProperty(),
                options.landscapeProperty(), options.tiledProperty(), options.tileSheetProperty(),
                options.footerProperty(), options.checkSummaryProperty()};
        for (Observable choice : choices) {
            choice.addListener(o -> rebuild());
        }
        pageIndex.addListener(o -> pages.show(pageIndex.get()));
        zoom.zoomProperty().addListener(o -> pages.show(pageIndex.get()));
    }

    /** Builds the document for the current options (again); the first call starts the preview. */
    public void rebuild() {
        if (closed) {
            return;
        }
        String problem = options.problemProperty().get();
        if (problem != null) {
            message.set(problem);
            replaceDocument(null);
            return;
        }
        if (building.get()) {
            rebuildWanted = true;
            return;
        }
        PreviewBuild task = new PreviewBuild(engine, options.request());
        buildProgress.set(UNKNOWN_PROGRESS);
        building.set(true);
        message.set(texts.get("preview.building"));
        // A report of many posters takes seconds: say how far it is rather than only that it is busy.
        task.workDoneProperty().addListener((o, was, now) -> {
            long total = Math.round(task.getTotalWork());
            if (building.get() && total > 0) {
                buildProgress.set(now.doubleValue() / total);
            }
            if (building.get() && total > 1) {
                message.set(texts.get("preview.buildingProgress", Math.round(now.doubleValue()), total));
            }
        });
        task.setOnSucceeded(e -> built(task.getValue()));
        task.setOnFailed(e -> {
            built(null);
            failed(task.getException());
        });
        executor.execute(task);
    }

    private void built(RenderedPdf document) {
        buildProgress.set(UNKNOWN_PROGRESS);
        building.set(false);
        if (closed) {
            pages.release(document);
            return;
        }
        if (rebuildWanted) {
            rebuildWanted = false;
            pages.release(document);
            rebuild();
            return;
        }
        message.set(document == null ? "" : summary(document));
        replaceDocument(document);
    }

    private void failed(Throwable error) {
        message.set(texts.get("preview.failed", String.valueOf(error.getMessage())));
    }

    /**
     * The notices worth a bar above the page. That a text is set in another font (Arabic, an emoji) the page itself
     * shows; the bar said so for every Arabic or emoji entry, in a yellow that read as a problem.
     */
    private String summary(RenderedPdf document) {
        List<ExportWarning> notices = document.result().warnings().stream()
                .filter(w -> !w.otherFontOnly()).toList();
        return notices.isEmpty() ? "" : texts.get("preview.warnings", notices.size(), notices.get(0)
                .describe(texts.locale()));
    }

    private void replaceDocument(RenderedPdf document) {
        pages.replace(document);
        int count = pages.pageCount();
        pageCount.set(count);
        if (pageIndex.get() >= count) {
            pageIndex.set(Math.max(0, count - 1));
        }
        pages.show(pageIndex.get());
    }

    /** "Pagina 2 van 5"; while a document is built, that it is (no count yet); with nothing to show, nothing. */
    private String pageCounter() {
        if (building.get()) {
            return texts.get("preview.pageBuilding");
        }
        int count = pageCount.get();
        return count > 0 ? texts.get("preview.page", pageIndex.get() + 1, count) : "";
    }

    public void nextPage() {
        if (pagesReady.get() && pageIndex.get() < pageCount.get() - 1) {
            pageIndex.set(pageIndex.get() + 1);
        }
    }

    public void previousPage() {
        if (pagesReady.get() && pageIndex.get() > 0) {
            pageIndex.set(pageIndex.get() - 1);
        }
    }

    /** Prints the document the preview shows. */
    public void print() {
        if (pagesReady.get()) {
            printing.print(pages.document(), options.suggestedName());
        }
    }

    public void pageSetup() {
        printing.pageSetup();
    }

    /** The window closed: no more work, and the document's temporary file goes. */
    public void close() {
        closed = true;
        replaceDocument(null);
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    /** 0-based. */
    public IntegerProperty pageIndexProperty() {
        return pageIndex;
    }

    public PreviewZoom zoom() {
        return zoom;
    }

    public ReadOnlyObjectProperty<BufferedImage> pageImageProperty() {
        return pages.imageProperty();
    }

    /** While a document is being built: the pages shown, if any, are those of the options before. */
    public ReadOnlyBooleanProperty buildingProperty() {
        return building.getReadOnlyProperty();
    }

    /** How far the build is, 0 to 1; indeterminate (-1) until the first poster is done, and when not building. */
    public ReadOnlyDoubleProperty buildProgressProperty() {
        return buildProgress.getReadOnlyProperty();
    }

    /** The page counter: "Pagina 2 van 5", or while building that it is. */
    public ReadOnlyStringProperty pageTextProperty() {
        return pageText.getReadOnlyProperty();
    }

    /** A built document with pages is shown: the page, zoom and print controls can act. */
    public ReadOnlyBooleanProperty pagesReadyProperty() {
        return pagesReady.getReadOnlyProperty();
    }

    /** While the document is being built or the page shown is being rendered. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why there is nothing to show, that the document is being built, or its first warning. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ExportOptionsViewModel options() {
        return options;
    }

    public PrintCommands printing() {
        return printing;
    }

    /** The document being shown, for tests and the print path; null while there is none. */
    RenderedPdf document() {
        return pages.document();
    }
}
