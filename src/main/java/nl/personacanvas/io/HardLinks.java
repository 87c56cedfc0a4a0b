package nl.personacanvas.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A workbook with a second name (a hard link: {@code ln twente.pcanvas elders.pcanvas}) stays one file through a save.
 * The usual save renames a new file over the name, which leaves the other name on the old file: the two no longer
 * showed the same workbook (session 24). For such a file the save writes the new content into the file itself, as
 * GLib's and Vim's saves do for a linked file, and only after everything that keeps a failed save harmless: the new
 * content whole and forced in the temporary file, the old one copied (not linked) as the backup.
 *
 * <p>The write touches the old content last: first the part past its end (a full disk fails there, with the old
 * content whole; it is cut back), then the rest over the old bytes, then the length, then forced. Should the write
 * still fail, the caller renames the temporary file over the name as any save does: the workbook is saved whole and
 * only the link is lost. Where the file system cannot count links (Windows) nothing changes.
 */
final class HardLinks {
    private HardLinks() {
    }

    /** Whether {@code file} has more than one name. */
    static boolean shared(Path file) {
        try {
            return ((Number) Files.getAttribute(file, "unix:nlink")).intValue() > 1;
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /**
     * Writes the content of {@code written} (whole, forced) into {@code file} itself; false when that failed, with
     * the old content whole where the failure came before it was touched.
     */
    static boolean writeInPlace(Path written, Path file, WorkbookStore.ChannelWriter writer) {
        byte[] content;
        try {
            content = Files.readAllBytes(written);
        } catch (IOException e) {
            return false;
        }
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE)) {
            long oldSize = out.size();
            if (content.length > oldSize) {
                try {
                    out.position(oldSize);
                    writer.write(out, ByteBuffer.wrap(content, (int) oldSize, content.length - (int) oldSize));
                    out.force(true);
                } catch (IOException e) {
                    out.truncate(oldSize);
                    return false;
                }
            }
            out.position(0);
            writer.write(out, ByteBuffer.wrap(content, 0, (int) Math.min(oldSize, content.length)));
            out.truncate(content.length);
            out.force(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
