package nl.personacanvas.io;

/**
 * Whether bytes begin with a given run, written once for everything that tells an encoding by its first bytes (a
 * byte order mark): the workbook reader refusing UTF-16 and the statement files a spreadsheet saved.
 */
public final class BytePrefix {
    private BytePrefix() {
    }

    /** True when {@code bytes} is at least as long as {@code prefix} and begins with it; the prefix as unsigned values. */
    public static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
