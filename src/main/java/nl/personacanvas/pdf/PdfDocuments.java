package nl.personacanvas.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Calendar;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/** Creating, describing and saving export documents. */
final class PdfDocuments {

    private PdfDocuments() {
    }

    /**
     * A document that keeps page content in a temporary file instead of the heap, so memory stays flat
     * however many posters go into it.
     */
    static PDDocument create() {
        return new PDDocument(IOUtils.createTempFileOnlyStreamCache());
    }

    /** Title, author, subject and the document language screen readers and search use. */
    static void describe(PDDocument document, String title, String author, String subject, Locale locale) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setSubject(subject);
        info.setCreator("Persona Canvas");
        info.setCreationDate(Calendar.getInstance());
        document.getDocumentCatalog().setLanguage(languageTag(locale));
    }

    /** nl-NL unless the labels are English. */
    static String languageTag(Locale locale) {
        return "en".equals(locale.getLanguage()) ? locale.toLanguageTag() : "nl-NL";
    }

    /** Adds a top-level bookmark to {@code page}, creating the outline and showing it when the file opens. */
    static void bookmark(PDDocument document, String title, PDPage page) {
        PDDocumentOutline outline = document.getDocumentCatalog().getDocumentOutline();
        if (outline == null) {
            outline = new PDDocumentOutline();
            document.getDocumentCatalog().setDocumentOutline(outline);
            document.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
        }
        PDPageFitDestination destination = new PDPageFitDestination();
        destination.setPage(page);
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(TextCleaner.singleLine(title));
        item.setDestination(destination);
        outline.addLast(item);
    }

    /**
     * Saves next to {@code target} and then moves the file into place, so a failed or cancelled export
     * never leaves a half-written PDF behind or destroys the previous one. When the folder or the file
     * refuses (a PDF still open in a reader, a read-only file or folder, a full disk, a name too long) the failure
     * names {@code target} and why: the file system's own message named the hidden temporary file (session 16's
     * review), and a full disk was said in the system's English (session 23).
     */
    static void save(PDDocument document, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        // Not Files.createTempFile: its owner-only permissions would stick to a PDF meant for sharing. Not named after
        // the target: a name near the file system's 255 bytes (Arabic letters are 2 each) left no room for the rest.
        Path tmp = dir.resolve(".persona-canvas-" + UUID.randomUUID() + ".pdf.tmp");
        try {
            Files.createDirectories(dir);
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                document.save(out);
            }
            Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw TargetNotWritableException.of(absolute, e).orElseThrow(() -> e);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
