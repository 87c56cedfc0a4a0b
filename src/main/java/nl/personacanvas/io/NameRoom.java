package nl.personacanvas.io;

import java.nio.charset.StandardCharsets;

/**
 * Room in a file name for the names the app makes beside a workbook (its temporary files, backup and lock). Linux and
 * macOS allow 255 bytes of UTF-8 in one name (Windows 255 UTF-16 units, never fewer than that many bytes): an accented
 * or Arabic letter takes 2, an emoji 4. Those names are the workbook's with 5 to 31 bytes more, so a workbook whose name
 * came near the limit opened but could never be saved in place (session 23, rob23). Where the name does not fit, its
 * end is left out, at a whole character.
 */
final class NameRoom {
    /** The most bytes one file name may have. */
    static final int MAX_BYTES = 255;

    private NameRoom() {
    }

    /** {@code name} as it is when {@code extraBytes} more fit beside it in one file name, else its start that does. */
    static String fitting(String name, int extraBytes) {
        int room = MAX_BYTES - extraBytes;
        if (bytes(name) <= room) {
            return name;
        }
        int used = 0;
        int end = 0;
        while (end < name.length()) {
            int cp = name.codePointAt(end);
            int size = bytes(new String(Character.toChars(cp)));
            if (used + size > room) {
                break;
            }
            used += size;
            end += Character.charCount(cp);
        }
        return name.substring(0, end);
    }

    static int bytes(String name) {
        return name.getBytes(StandardCharsets.UTF_8).length;
    }
}
