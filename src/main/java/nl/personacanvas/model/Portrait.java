package nl.personacanvas.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * A persona's picture, already scaled down by whoever stored it, kept as encoded image bytes so the
 * workbook stays one self-contained file.
 */
public final class Portrait {
    private final String mediaType;
    private final byte[] data;

    public Portrait(String mediaType, byte[] data) {
        this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
        this.data = Objects.requireNonNull(data, "data").clone();
    }

    public String mediaType() {
        return mediaType;
    }

    public byte[] data() {
        return data.clone();
    }

    public int size() {
        return data.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Portrait other && mediaType.equals(other.mediaType) && Arrays.equals(data, other.data);
    }

    @Override
    public int hashCode() {
        return 31 * mediaType.hashCode() + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Portrait[" + mediaType + ", " + data.length + " bytes]";
    }
}
