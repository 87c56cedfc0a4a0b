package nl.personacanvas.io;

/**
 * The ids read so far, for the test that each occurs once. Open addressing over the ids themselves: a
 * {@code HashSet} made an entry object per id and was about a third of reading a workbook of 20,000 entries.
 * Not thread-safe; one per reading.
 */
final class IdSet {
    private String[] ids;
    private int[] hashes;
    private int size;

    IdSet(int expected) {
        int capacity = Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1;
        ids = new String[capacity];
        hashes = new int[capacity];
    }

    /** Adds {@code id}; false when it was there already. */
    boolean add(String id) {
        if (size * 2 >= ids.length) {
            grow();
        }
        int hash = id.hashCode();
        int mask = ids.length - 1;
        for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
            String at = ids[i];
            if (at == null) {
                ids[i] = id;
                hashes[i] = hash;
                size++;
                return true;
            }
            if (hashes[i] == hash && at.equals(id)) {
                return false;
            }
        }
    }

    /** Ids such as p0-1-0, p0-1-1 hash to neighbours; mixing the bits keeps the probe runs short. */
    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private void grow() {
        String[] oldIds = ids;
        int[] oldHashes = hashes;
        ids = new String[oldIds.length * 2];
        hashes = new int[oldIds.length * 2];
        int mask = ids.length - 1;
        for (int k = 0; k < oldIds.length; k++) {
            if (oldIds[k] != null) {
                int i = spread(oldHashes[k]) & mask;
                while (ids[i] != null) {
                    i = (i + 1) & mask;
                }
                ids[i] = oldIds[k];
                hashes[i] = oldHashes[k];
            }
        }
    }
}
