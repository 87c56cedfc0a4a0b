package nl.personacanvas.ui.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import nl.personacanvas.pdf.ExportMonitor;
import nl.personacanvas.pdf.PagePreview;
import nl.personacanvas.pdf.RenderedPdf;
import nl.personacanvas.ui.TaskExecutor;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The print preview: builds the export the options describe into a PDF document and shows its pages
 * as images rendered from that document, the same one {@link #print()} hands to the printer. Pages are
 * rendered in the background at the zoom's resolution and kept per page and resolution; a change of
 * options while a document is being built is picked up as soon as that build is done.
 */
public final class PreviewViewModel {
    /** Screen pixels per inch at 100 %. */
    static final double SCREEN_DPI = 96;
    /** Longest side of a rendered page, so an A1 at 400 % does not take a gigabyte. */
    static final double MAX_PIXELS = 6000;
    static final double MIN_ZOOM = 0.1;
    static final double MAX_ZOOM = 4;
    private static final int CACHED_PAGES = 12;

    public enum ZoomMode { FIT, FIXED }

    private final ExportOptionsViewModel options;
    private final PdfEngine engine;
    private final PrintCommands printing;
    private final TaskExecutor executor;
    private final ExportTexts texts;

    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(this, "pageCount");
    private final IntegerProperty pageIndex = new SimpleIntegerProperty(this, "pageIndex");
    private final ObjectProperty<ZoomMode> zoomMode = new SimpleObjectProperty<>(this, "zoomMode", ZoomMode.FIT);
    private final DoubleProperty fixedZoom = new SimpleDoubleProperty(this, "fixedZoom", 1);
    private final DoubleProperty viewportWidth = new SimpleDoubleProperty(this, "viewportWidth", 800);
    private final DoubleProperty viewportHeight = new SimpleDoubleProperty(this, "viewportHeight", 600);
    private final ReadOnlyObjectWrapper<PDRectangle> pageSize = new ReadOnlyObjectWrapper<>(this, "pageSize",
            PDRectangle.A4);
    private final ReadOnlyObjectWrapper<BufferedImage> pageImage = new ReadOnlyObjectWrapper<>(this, "pageImage");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final DoubleBinding zoom;

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
        zoom = Bindings.createDoubleBinding(this::computeZoom, zoomMode, fixedZoom, viewportWidth, viewportHeight,
                pageSize);
        Observable[] choices = {options.workbookProperty(), options.currentPersonaIdProperty(),
                options.scopeProperty(), options.chosenIds(), options.activityIdProperty(), options.sizeProperty(),
                options.landscapeProperty(), options.tiledProperty(), options.tileSheetProperty(),
                options.footerProperty(), options.checkSummaryProperty()};
        for (Observable choice : choices) {
            choice.addListener(o -> rebuild());
        }
        pageIndex.addListener(o -> showPage());
        zoom.addListener(o -> showPage());
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
                return engine.render(request, ExportMonitor.none());
            }
        };
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

    private String summary(RenderedPdf document) {
        int warnings = document.result().warnings().size();
        return warnings == 0 ? "" : texts.get("preview.warnings", warnings, document.result().warnings().get(0)
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
        pageSize.set(pdf.document().getPage(page).getMediaBox());
        float dpi = dpi();
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

    /** Rounded to whole dots per inch, so small window size changes reuse what was rendered. */
    float dpi() {
        PDRectangle size = pageSize.get();
        double longest = Math.max(size.getWidth(), size.getHeight()) / 72;
        double dpi = Math.min(SCREEN_DPI * zoom.get(), MAX_PIXELS / longest);
        return (float) Math.max(10, Math.round(dpi));
    }

    private double computeZoom() {
        if (zoomMode.get() == ZoomMode.FIXED) {
            return fixedZoom.get();
        }
        PDRectangle size = pageSize.get();
        double width = size.getWidth() / 72 * SCREEN_DPI;
        double height = size.getHeight() / 72 * SCREEN_DPI;
        double fit = Math.min(viewportWidth.get() / width, viewportHeight.get() / height);
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, fit));
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

    public void fitPage() {
        zoomMode.set(ZoomMode.FIT);
    }

    public void actualSize() {
        setZoom(1);
    }

    /** 25 % steps, starting from what is shown now (also when fitting). */
    public void zoomIn() {
        setZoom(Math.floor(zoom.get() * 4 + 1e-6) / 4 + 0.25);
    }

    public void zoomOut() {
        setZoom(Math.ceil(zoom.get() * 4 - 1e-6) / 4 - 0.25);
    }

    private void setZoom(double value) {
        fixedZoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value)));
        zoomMode.set(ZoomMode.FIXED);
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

    public ObjectProperty<ZoomMode> zoomModeProperty() {
        return zoomMode;
    }

    /** What the page is shown at: 1 is its real size on a 96 dpi screen. */
    public DoubleBinding zoomProperty() {
        return zoom;
    }

    /** The view reports the room it has for the page, for {@link ZoomMode#FIT}. */
    public DoubleProperty viewportWidthProperty() {
        return viewportWidth;
    }

    public DoubleProperty viewportHeightProperty() {
        return viewportHeight;
    }

    /** The current page's size in PDF points. */
    public ReadOnlyObjectProperty<PDRectangle> pageSizeProperty() {
        return pageSize.getReadOnlyProperty();
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
