package nl.personacanvas.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import nl.personacanvas.model.Workbook;

/**
 * Workbook files on disk. Saving never leaves a half-written file: the bytes go to a temporary file
 * in the same folder, are forced to the disk, and only then replace the old file in one atomic move.
 */
public final class WorkbookStore {
    public static final String EXTENSION = ".pcanvas";

    private final WorkbookCodec codec;

    public WorkbookStore(WorkbookCodec codec) {
        this.codec = codec;
    }

    public Workbook load(Path file) throws IOException, WorkbookFormatException {
        long size = Files.size(file);
        if (size > WorkbookCodec.MAX_DOCUMENT_BYTES) {
            throw new WorkbookFormatException("error.tooLarge", size / (1024 * 1024),
                    WorkbookCodec.MAX_DOCUMENT_BYTES / (1024 * 1024));
        }
        return codec.read(Files.readAllBytes(file));
    }

    public void save(Workbook workbook, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ch.write(java.nio.ByteBuffer.wrap(codec.write(workbook)));
                ch.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
