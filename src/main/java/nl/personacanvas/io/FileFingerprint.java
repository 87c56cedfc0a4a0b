package nl.personacanvas.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What a workbook file looked like when it was last read or written: size, modification time and a
 * SHA-256 of its content. Comparing it with the file on disk tells whether someone else (a colleague on
 * a shared drive, a sync client) has changed the file since. The content decides: a file that was only
 * touched, or copied back unchanged, is not a change.
 */
public record FileFingerprint(long size, FileTime modified, String sha256) {

    /** How the file on disk relates to a fingerprint. */
    public enum DiskState { UNCHANGED, CHANGED, MISSING }

    public FileFingerprint {
        Objects.requireNonNull(modified, "modified");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** Reads {@code file} (streaming, so a large file costs no memory) and fingerprints it. */
    public static FileFingerprint read(Path file) throws IOException {
        FileTime modified = Files.getLastModifiedTime(file);
        MessageDigest digest = newDigest();
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
                size += n;
            }
        }
        return new FileFingerprint(size, modified, HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * Compares with the file now on disk. A different size is a change without reading; otherwise the
     * content is hashed, because a sync client may keep the size and even the time.
     */
    public DiskState compareWith(Path file) throws IOException {
        try {
            if (Files.size(file) != size) {
                return DiskState.CHANGED;
            }
            return read(file).sha256.equals(sha256) ? DiskState.UNCHANGED : DiskState.CHANGED;
        } catch (NoSuchFileException e) {
            return DiskState.MISSING;
        }
    }

    /** Whether the two stand for the same content (times may differ). */
    public boolean sameContent(FileFingerprint other) {
        return size == other.size && sha256.equals(other.sha256);
    }

    static String hash(byte[] content) {
        return HexFormat.of().formatHex(newDigest().digest(content));
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
