package nl.personacanvas.ui.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.concurrent.Task;
import nl.personacanvas.pdf.ExportMonitor;
import nl.personacanvas.pdf.ExportWarning;
import nl.personacanvas.pdf.PagePreview;
import nl.personacanvas.pdf.RenderedPdf;
import nl.personacanvas.ui.TaskExecutor;

/**
 * The print preview: builds the export the options describe into a PDF document and shows its pages
 * as images rendered from that document, the same one {@link #print()} hands to the printer. Pages are
 * rendered in the background at the zoom's resolution and kept per page and resolution; a change of
 * options while a document is being built is picked up as soon as that build is done.
 */
public final class PreviewViewModel {
    private static final int CACHED_PAGES = 12;

    private final ExportOptionsViewModel options;
    private final PdfEngine engine;
    private final PrintCommands printing;
    private final TaskExecutor executor;
    private final ExportTexts texts;

    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(this, "pageCount");
    private final IntegerProperty pageIndex = new SimpleIntegerProperty(this, "pageIndex");
    private final PreviewZoom zoom = new PreviewZoom();
    private final ReadOnlyObjectWrapper<BufferedImage> pageImage = new ReadOnlyObjectWrapper<>(this, "pageImage");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    private final Map<String, BufferedImage> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, BufferedImage> eldest) {
            return size() > CACHED_PAGES;
        }
    };
    private RenderedPdf pdf;
    private boolean building;
    private boolean rebuildWanted;
    private boolean closed;
    private String wantedImage;

    public PreviewViewModel(ExportOptionsViewModel options, PdfEngine engine, PrintCommands printing,
                            TaskExecutor executor, ExportTexts texts) {
        this.options = options;
        this.engine = engine;
        this.printing = printing;
        this.executor = executor;
        this.texts = texts;
        Observable[] choices = {options.workbookProperty(), options.currentPersonaIdProperty(),
                options.scopeProperty(), options.chosenIds(), options.activityIdProperty(), options.sizeProperty(),
                options.landscapeProperty(), options.tiledProperty(), options.tileSheetProperty(),
                options.footerProperty(), options.checkSummaryProperty()};
        for (Observable choice : choices) {
            choice.addListener(o -> rebuild());
        }
        pageIndex.addListener(o -> showPage());
        zoom.zoomProperty().addListener(o -> showPage());
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
        if (building) {
            rebuildWanted = true;
            return;
        }
        ExportRequest request = options.request();
        building = true;
        busy.set(true);
        message.set(texts.get("preview.building"));
        Task<RenderedPdf> task = new Task<>() {
            @Override
            protected RenderedPdf call() throws IOException {
                return engine.render(request, new ExportMonitor() {
                    @Override
                    public void progressed(int done, int total) {
                        updateProgress(done, total);
                    }

                    @Override
                    public boolean cancelRequested() {
                        return false;
                    }
                });
            }
        };
        // A report of many posters takes seconds: say how far it is rather than only that it is busy.
        task.workDoneProperty().addListener((o, was, now) -> {
            long total = Math.round(task.getTotalWork());
            if (building && total > 1) {
                message.set(texts.get("preview.buildingProgress", Math.round(now.doubleValue()), total));
            }
        });
        task.setOnSucceeded(e -> built(task.getValue()));
        task.setOnFailed(e -> {
            built(null);
            message.set(texts.get("preview.failed", String.valueOf(task.getException().getMessage())));
        });
        executor.execute(task);
    }

    private void built(RenderedPdf document) {
        building = false;
        busy.set(false);
        if (closed) {
            release(document);
            return;
        }
        if (rebuildWanted) {
            rebuildWanted = false;
            release(document);
            rebuild();
            return;
        }
        message.set(document == null ? "" : summary(document));
        replaceDocument(document);
    }

    /**
     * The notices worth a bar above the page. That a text is set in another font (Arabic, an emoji) the page itself
     * shows; the bar said so for every Arabic or emoji entry, in a yellow that read as a problem.
     */
    private String summary(RenderedPdf document) {
        List<ExportWarning> notices = document.result().warnings().stream()
                .filter(w -> w.kind() != ExportWarning.Kind.FALLBACK_FONT).toList();
        return notices.isEmpty() ? "" : texts.get("preview.warnings", notices.size(), notices.get(0)
                .describe(texts.locale()));
    }

    private void replaceDocument(RenderedPdf document) {
        release(pdf);
        pdf = document;
        cache.clear();
        wantedImage = null;
        int pages = document == null ? 0 : document.document().getNumberOfPages();
        pageCount.set(pages);
        if (pageIndex.get() >= pages) {
            pageIndex.set(Math.max(0, pages - 1));
        }
        showPage();
    }

    /** Closes a document on the executor, behind any render still queued for it, and under its lock. */
    private void release(RenderedPdf document) {
        if (document == null) {
            return;
        }
        executor.execute(new Task<Void>() {
            @Override
            protected Void call() throws IOException {
                synchronized (document) {
                    document.close();
                }
                return null;
            }
        });
    }

    private void showPage() {
        if (pdf == null) {
            pageImage.set(null);
            return;
        }
        int page = pageIndex.get();
        zoom.pageSize(pdf.document().getPage(page).getMediaBox());
        float dpi = zoom.dpi();
        String key = page + "@" + dpi;
        BufferedImage cached = cache.get(key);
        if (cached != null) {
            wantedImage = key;
            pageImage.set(cached);
            return;
        }
        if (key.equals(wantedImage)) {
            return;
        }
        wantedImage = key;
        RenderedPdf document = pdf;
        busy.set(true);
        Task<BufferedImage> task = new Task<>() {
            @Override
            protected BufferedImage call() throws IOException {
                synchronized (document) {
                    return PagePreview.render(document.document(), page, dpi);
                }
            }
        };
        task.setOnSucceeded(e -> rendered(document, key, task.getValue()));
        task.setOnFailed(e -> {
            if (document == pdf && key.equals(wantedImage)) {
                busy.set(false);
                message.set(texts.get("preview.failed", String.valueOf(task.getException().getMessage())));
            }
        });
        executor.execute(task);
    }

    private void rendered(RenderedPdf document, String key, BufferedImage image) {
        if (document != pdf) {
            return;
        }
        cache.put(key, image);
        if (key.equals(wantedImage)) {
            busy.set(building);
            pageImage.set(image);
        }
    }

    public void nextPage() {
        if (pageIndex.get() < pageCount.get() - 1) {
            pageIndex.set(pageIndex.get() + 1);
        }
    }

    public void previousPage() {
        if (pageIndex.get() > 0) {
            pageIndex.set(pageIndex.get() - 1);
        }
    }

    /** Prints the document the preview shows. */
    public void print() {
        if (pdf != null) {
            printing.print(pdf, options.suggestedName());
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
        return pageImage.getReadOnlyProperty();
    }

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
        return pdf;
    }
}
