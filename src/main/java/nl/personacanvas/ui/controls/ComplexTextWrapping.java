package nl.personacanvas.ui.controls;

import java.lang.reflect.Field;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Works around a JavaFX 21 text-layout bug on Linux that draws part of a wrapped right-to-left text twice.
 *
 * <p>JavaFX shapes complex text (Arabic, Hebrew, ...) with Pango there. Its {@code PangoGlyphLayout} keeps the
 * UTF-8 copy of each text run it shaped, keyed by the run object. When a line wraps inside such a run, JavaFX
 * shortens the run to the part that fits and shapes it again; the cache hands back the copy of the whole run, so
 * the first line gets all the run's glyphs and the next line the rest once more. "يساعد الطلاب في التدريب الدولي
 * 🌍" on a card too narrow for it showed "الدولي 🌍" on the first and on the second line.
 *
 * <p>{@link #repair()} gives the shared glyph layout a cache that never answers, so every run is converted from
 * its current range (a copy of a few bytes per run). The copies are still handed to Pango's {@code g_free} when
 * the layout is done with them, as before. The fix reaches into JavaFX's internals: where they are not there (on
 * Windows and macOS, which shape text without Pango, or another JavaFX version) or not open to this code, it does
 * nothing and text lays out as JavaFX does it.
 */
public final class ComplexTextWrapping {
    private static final String GLYPH_LAYOUT = "com.sun.javafx.text.GlyphLayout";
    private static final String PANGO_LAYOUT = "com.sun.javafx.font.freetype.PangoGlyphLayout";

    private ComplexTextWrapping() {
    }

    /**
     * Puts the never-answering cache into JavaFX's shared Pango glyph layout; true when it is in place (now or
     * from an earlier call). Call it on the FX thread, where text is laid out: the layout must not be in use.
     */
    public static boolean repair() {
        try {
            Field shared = Class.forName(GLYPH_LAYOUT).getDeclaredField("reusableGL");
            shared.setAccessible(true);
            Object layout = shared.get(null);
            if (layout == null || !layout.getClass().getName().equals(PANGO_LAYOUT)) {
                return false;
            }
            Field cache = layout.getClass().getDeclaredField("runUtf8");
            cache.setAccessible(true);
            if (!(cache.get(layout) instanceof UncachedRunTexts)) {
                cache.set(layout, new UncachedRunTexts());
            }
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.getLogger(ComplexTextWrapping.class.getName()).log(System.Logger.Level.DEBUG,
                    "JavaFX's text layout is left as it is", e);
            return false;
        }
    }

    /**
     * What the Pango glyph layout takes for its cache of UTF-8 run texts: it finds nothing ({@code get} gives
     * null), and keeps every text put in so that the layout's {@code dispose} frees them all ({@code values},
     * then {@code clear}).
     */
    static final class UncachedRunTexts extends AbstractMap<Object, Long> {
        private final List<Long> texts = new ArrayList<>();

        @Override
        public Long get(Object run) {
            return null;
        }

        @Override
        public Long put(Object run, Long text) {
            texts.add(text);
            return null;
        }

        @Override
        public Collection<Long> values() {
            return texts;
        }

        @Override
        public void clear() {
            texts.clear();
        }

        @Override
        public Set<Map.Entry<Object, Long>> entrySet() {
            Set<Map.Entry<Object, Long>> entries = new LinkedHashSet<>();
            for (int i = 0; i < texts.size(); i++) {
                entries.add(new SimpleImmutableEntry<>(i, texts.get(i)));
            }
            return entries;
        }
    }
}
