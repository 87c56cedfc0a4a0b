package nl.personacanvas.ui.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import nl.personacanvas.pdf.PagePreview;
import nl.personacanvas.pdf.RenderedPdf;
import nl.personacanvas.ui.TaskExecutor;

/**
 * The pages of the preview's document as images: a page asked for is rendered in the background at the zoom's
 * resolution, and the last pages rendered are kept per page and resolution. Rendering and closing a document run
 * on the executor under the document's lock, so a document given up is closed behind any render still queued
 * for it.
 */
final class PreviewPages {
    private static final int CACHED_PAGES = 12;

    private final TaskExecutor executor;
    private final PreviewZoom zoom;
    private final Consumer<Throwable> onFailure;
    private final ReadOnlyObjectWrapper<BufferedImage> image = new ReadOnlyObjectWrapper<>(this, "image");
    private final ReadOnlyBooleanWrapper rendering = new ReadOnlyBooleanWrapper(this, "rendering");
    private final Map<String, BufferedImage> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, BufferedImage> eldest) {
            return size() > CACHED_PAGES;
        }
    };
    private RenderedPdf pdf;
    /** The page and resolution last asked for: only its image is shown when it arrives. */
    private String wanted;

    /** {@code onFailure} hears of a render that failed for the page still wanted. */
    PreviewPages(TaskExecutor executor, PreviewZoom zoom, Consumer<Throwable> onFailure) {
        this.executor = executor;
        this.zoom = zoom;
        this.onFailure = onFailure;
    }

    /** Shows pages of {@code document} from now on (null: none); the document shown before is closed. */
    void replace(RenderedPdf document) {
        release(pdf);
        pdf = document;
        cache.clear();
        wanted = null;
    }

    int pageCount() {
        return pdf == null ? 0 : pdf.document().getNumberOfPages();
    }

    /** Shows page {@code page} (0-based) at the zoom's resolution: at once when kept, else once rendered. */
    void show(int page) {
        if (pdf == null) {
            image.set(null);
            rendering.set(false);
            return;
        }
        zoom.pageSize(pdf.document().getPage(page).getMediaBox());
        float dpi = zoom.dpi();
        String key = page + "@" + dpi;
        BufferedImage cached = cache.get(key);
        if (cached != null) {
            wanted = key;
            rendering.set(false);
            image.set(cached);
            return;
        }
        if (key.equals(wanted)) {
            return;
        }
        wanted = key;
        RenderedPdf document = pdf;
        rendering.set(true);
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
            if (document == pdf && key.equals(wanted)) {
                rendering.set(false);
                onFailure.accept(task.getException());
            }
        });
        executor.execute(task);
    }

    private void rendered(RenderedPdf document, String key, BufferedImage rendered) {
        if (document != pdf) {
            return;
        }
        cache.put(key, rendered);
        if (key.equals(wanted)) {
            rendering.set(false);
            image.set(rendered);
        }
    }

    /** Closes a document on the executor, behind any render still queued for it, and under its lock. */
    void release(RenderedPdf document) {
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

    /** The document shown; null while there is none. */
    RenderedPdf document() {
        return pdf;
    }

    ReadOnlyObjectProperty<BufferedImage> imageProperty() {
        return image.getReadOnlyProperty();
    }

    /** True from asking for a page that is not kept until its image (or its failure) arrives. */
    ReadOnlyBooleanProperty renderingProperty() {
        return rendering.getReadOnlyProperty();
    }
}
